import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { BusinessCalendar } from './business-calendar';

/**
 * The working calendar (public holidays and 调休 from config/holidays-cn.json), read once at boot. Bookings lay slots
 * on it, applications count promised working days with it, the service map tells which places are open today.
 */
@Module({
  providers: [
    {
      provide: BusinessCalendar,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => BusinessCalendar.fromFile(config.holidaysFile),
    },
  ],
  exports: [BusinessCalendar],
})
export class CalendarModule {}
