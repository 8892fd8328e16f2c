import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { LicencesModule } from '../licences/licences.module';
import { MandatesModule } from '../mandates/mandates.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { UploadsModule } from '../uploads/uploads.module';
import { ApplicationDelivery } from './application-delivery';
import { ApplicationLookup } from './application-lookup';
import { ApplicationEvents } from './application-events';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { CallbacksController } from './callbacks.controller';
import { DraftsRepository } from './drafts.repository';
import { DraftsService } from './drafts.service';
import { FormsService } from './forms.service';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

/** Applying on the phone: forms, drafts, submission through the outbox, progress, 补正 and status messages. */
@Module({
  imports: [
    AuthModule,
    CalendarModule,
    CatalogModule,
    LicencesModule,
    MandatesModule,
    NotificationsModule,
    UploadsModule,
  ],
  controllers: [ApplicationsController, ProgressController, CallbacksController],
  providers: [
    FormsService,
    DraftsRepository,
    DraftsService,
    ApplicationsRepository,
    ApplicationsService,
    ApplicationDelivery,
    ApplicationEvents,
    ProgressService,
    ApplicationLookup,
  ],
  exports: [ApplicationDelivery, ApplicationLookup, ApplicationsService],
})
export class ApplicationsModule {}
