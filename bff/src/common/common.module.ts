import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { KeyValueStore, MemoryKeyValueStore, RedisKeyValueStore } from './kv-store';

@Global()
@Module({
  providers: [
    {
      provide: KeyValueStore,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => (config.redisUrl ? new RedisKeyValueStore(config.redisUrl, config.redisKeyPrefix) : new MemoryKeyValueStore()),
    },
  ],
  exports: [KeyValueStore],
})
export class CommonModule {}
