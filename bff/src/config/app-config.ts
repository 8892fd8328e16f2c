import type { AppConfigShape } from './config.schema';

// The parsed, frozen configuration. The abstract class is the DI token and the interface gives it its fields,
// so services write `constructor(private readonly config: AppConfig)` and nothing else reads process.env.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export abstract class AppConfig {}
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface AppConfig extends Readonly<AppConfigShape> {}
