import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { Clock } from './clock';
import { KeyValueStore, MemoryKeyValueStore, RedisKeyValueStore } from './kv-store';
import { RateLimits } from './rate-limit';

@Global()
@Module({
  providers: [
    Clock,
    RateLimits,
    {
      provide: KeyValueStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.redisUrl ? new RedisKeyValueStore(config.redisUrl, config.redisKeyPrefix) : new MemoryKeyValueStore()),
    },
  ],
  exports: [KeyValueStore, Clock, RateLimits],
})
export class CommonModule {}
