export { createSandbox } from './server';
export type { Sandbox, SandboxOptions } from './server';
export { buildCatalog } from './seed/catalog';
export { DOMAIN_SLUGS } from './seed/domains';
export type * from './wire';
