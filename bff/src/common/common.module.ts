import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Clock } from './clock';
import { DatabaseConnection } from '../database/database.module';
import { KeyValueFallbackRepository } from './kv-fallback.repository';
import { FallbackKeyValueStore } from './kv-fallback-store';
import { KeyValueStore, MemoryKeyValueStore, RedisKeyValueStore } from './kv-store';
import { RateLimits } from './rate-limit';

@Global()
@Module({
  providers: [
    Clock,
    RateLimits,
    {
      provide: KeyValueStore,
      inject: [AppConfig, DatabaseConnection],
      useFactory: (config: AppConfig, database: DatabaseConnection) =>
        config.redisUrl
          ? new FallbackKeyValueStore(
              new RedisKeyValueStore(config.redisUrl, config.redisKeyPrefix),
              new KeyValueFallbackRepository(database),
            )
          : new MemoryKeyValueStore(),
    },
  ],
  exports: [KeyValueStore, Clock, RateLimits],
})
export class CommonModule {}
