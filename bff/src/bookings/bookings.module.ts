import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { MandatesModule } from '../mandates/mandates.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { BookingsController } from './bookings.controller';
import { BookingsRepository } from './bookings.repository';
import { BookingsService } from './bookings.service';
import { ClosuresRepository } from './closures.repository';
import { ClosuresService } from './closures.service';
import { SlotsController } from './slots.controller';
import { SlotsService } from './slots.service';
import { VisitLookup } from './visit-lookup';
import { WaitlistRepository } from './waitlist.repository';

/** Slots, bookings, the waitlist, window check-in, center closures and the notifications they leave. */
@Module({
  imports: [AuthModule, CalendarModule, CatalogModule, MandatesModule, NotificationsModule],
  controllers: [SlotsController, BookingsController],
  providers: [
    BookingsRepository,
    WaitlistRepository,
    ClosuresRepository,
    SlotsService,
    BookingsService,
    ClosuresService,
    VisitLookup,
  ],
  exports: [SlotsService, BookingsRepository, BookingsService, ClosuresService, VisitLookup],
})
export class BookingsModule {}
