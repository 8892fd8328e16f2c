export * from './errors';
export * from './catalog';
export * from './health';
export * from './auth';
export * from './licences';
export * from './centers';
export * from './bookings';
export * from './applications';
