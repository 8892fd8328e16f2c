import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { BookingsModule } from '../bookings/bookings.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UploadsModule } from '../uploads/uploads.module';
import { FeedbackController } from './feedback.controller';
import { FeedbackRepository } from './feedback.repository';
import { FeedbackService } from './feedback.service';
import { StaffFeedbackService } from './staff-feedback.service';

/** 办不成事 cases and 咨询 questions: filed by residents, answered by the owner center within working days. */
@Module({
  imports: [
    ApplicationsModule,
    AuthModule,
    BookingsModule,
    CalendarModule,
    CatalogModule,
    NotificationsModule,
    UploadsModule,
  ],
  controllers: [FeedbackController],
  providers: [FeedbackRepository, FeedbackService, StaffFeedbackService],
})
export class FeedbackModule {}
