import { type DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import type { AppConfigShape } from './config.schema';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: Readonly<AppConfigShape>): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: AppConfig, useValue: config }], exports: [AppConfig] };
  }
}
