import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { CenterDirectory } from './center-directory';

/** Centers and the working calendar, for the service map and for bookings (which must not depend on the map's controller). */
@Module({
  imports: [CatalogModule, CalendarModule],
  providers: [CenterDirectory],
  exports: [CenterDirectory, CalendarModule, CatalogModule],
})
export class CenterDirectoryModule {}
