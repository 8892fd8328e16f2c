import { Module } from '@nestjs/common';
import { CatalogModule } from '../catalog/catalog.module';
import { AppConfig } from '../config/app-config';
import { BusinessCalendar } from './business-calendar';
import { CenterDirectory } from './center-directory';

/** Centers and the working calendar, for the service map and for bookings (which must not depend on the map's controller). */
@Module({
  imports: [CatalogModule],
  providers: [
    CenterDirectory,
    {
      provide: BusinessCalendar,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => BusinessCalendar.fromFile(config.holidaysFile),
    },
  ],
  exports: [CenterDirectory, BusinessCalendar, CatalogModule],
})
export class CenterDirectoryModule {}
