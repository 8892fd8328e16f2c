import { type DynamicModule, Module } from '@nestjs/common';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { ApplicationsModule } from './applications/applications.module';
import { ReviewsModule } from './reviews/reviews.module';
import { FeedbackModule } from './feedback/feedback.module';
import { TargetsModule } from './targets/targets.module';
import { BookingsModule } from './bookings/bookings.module';
import { CatalogModule } from './catalog/catalog.module';
import { CentersModule } from './centers/centers.module';
import { CommonModule } from './common/common.module';
import { ConfigModule } from './config/config.module';
import type { AppConfigShape } from './config/config.schema';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';
import { HomeVisitsModule } from './home-visits/home-visits.module';
import { NotificationsModule } from './notifications/notifications.module';
import { LicencesModule } from './licences/licences.module';
import { MandatesModule } from './mandates/mandates.module';
import { WindowGrantModule } from './mandates/window-grant.module';
import { WorkbenchModule } from './mandates/workbench.module';
import { HandoversModule } from './mandates/handovers.module';
import { UploadsModule } from './uploads/uploads.module';
import { UpstreamModule } from './upstream/upstream.module';

@Module({})
export class AppModule {
  static forRoot(config: Readonly<AppConfigShape>): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        CommonModule,
        DatabaseModule,
        UpstreamModule,
        CatalogModule,
        AuthModule,
        MandatesModule,
        WindowGrantModule,
        WorkbenchModule,
        HandoversModule,
        HomeVisitsModule,
        LicencesModule,
        BookingsModule,
        CentersModule,
        ApplicationsModule,
        ReviewsModule,
        FeedbackModule,
        TargetsModule,
        AdminModule,
        NotificationsModule,
        UploadsModule,
        HealthModule,
      ],
    };
  }
}
