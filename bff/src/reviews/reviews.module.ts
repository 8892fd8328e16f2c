import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { AuthModule } from '../auth/auth.module';
import { BookingsModule } from '../bookings/bookings.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UploadsModule } from '../uploads/uploads.module';
import { EvaluationCallbacksController } from './evaluation-callbacks.controller';
import { ReviewCaseUpdates } from './review-case-updates';
import { ReviewDelivery } from './review-delivery';
import { ReviewSubjects } from './review-subjects';
import { ReviewsController } from './reviews.controller';
import { ReviewsRepository } from './reviews.repository';
import { MandatesModule } from '../mandates/mandates.module';
import { ReviewsService } from './reviews.service';
import { StaffReviewsService } from './staff-reviews.service';

/** 好差评 through the provincial system: ratings and their outbox, the case read model, the staff queue. */
@Module({
  imports: [
    ApplicationsModule,
    AuthModule,
    BookingsModule,
    CalendarModule,
    CatalogModule,
    MandatesModule,
    NotificationsModule,
    UploadsModule,
  ],
  controllers: [ReviewsController, EvaluationCallbacksController],
  providers: [
    ReviewsRepository,
    ReviewSubjects,
    ReviewCaseUpdates,
    ReviewDelivery,
    ReviewsService,
    StaffReviewsService,
  ],
  exports: [ReviewDelivery],
})
export class ReviewsModule {}
