export * from './errors';
export * from './catalog';
export * from './health';
