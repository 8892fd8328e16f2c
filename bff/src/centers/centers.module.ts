import { Module } from '@nestjs/common';
import { BookingsModule } from '../bookings/bookings.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { CentersController } from './centers.controller';
import { CentersService } from './centers.service';

/** 政务服务“一张图”: the map and list of places, with each one's next free slot (from bookings). */
@Module({
  imports: [CatalogModule, CalendarModule, BookingsModule],
  controllers: [CentersController],
  providers: [CentersService],
})
export class CentersModule {}
