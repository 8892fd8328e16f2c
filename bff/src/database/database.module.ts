import { Global, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { openDatabase, type DatabaseHandle, type Db } from './connection';
import { connectionOptionsFor, takeEarlyDatabase } from './early-open';
import { migrate } from './migrator';

/** The open database, migrated. Repositories inject this and use `.db`; nothing else holds SQL. */
export class DatabaseConnection implements OnApplicationShutdown {
  constructor(private readonly handle: DatabaseHandle) {}

  get db(): Db {
    return this.handle.db;
  }

  get kind(): DatabaseHandle['kind'] {
    return this.handle.kind;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.handle.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: DatabaseConnection,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const handle = await (takeEarlyDatabase() ?? openDatabase(connectionOptionsFor(config)));
        await migrate(handle);
        return new DatabaseConnection(handle);
      },
    },
  ],
  exports: [DatabaseConnection],
})
export class DatabaseModule {}
