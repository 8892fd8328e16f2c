import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CatalogModule } from '../catalog/catalog.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { FaceGrantService } from './face-grant.service';
import { MandateNotices } from './mandate-notices';
import { InPersonGrants } from './in-person-grants';
import { ActingGuard, ActingRecordInterceptor } from './acting.guard';
import { MandatesController } from './mandates.controller';
import { MandatesRepository } from './mandates.repository';
import { MandatesService } from './mandates.service';
import { ReadbackService } from './readback.service';

/**
 * 帮办代办: 委托 granted, listed and revoked, and the guard through which a helper acts for a principal on the
 * routes marked @Delegable in other features (which import this module for it).
 */
@Module({
  imports: [AuthModule, CatalogModule, NotificationsModule],
  controllers: [MandatesController],
  providers: [
    MandatesRepository,
    MandatesService,
    ReadbackService,
    MandateNotices,
    InPersonGrants,
    FaceGrantService,
    ActingGuard,
    ActingRecordInterceptor,
  ],
  exports: [
    MandatesRepository,
    MandatesService,
    MandateNotices,
    InPersonGrants,
    ActingGuard,
    ActingRecordInterceptor,
    AuthModule,
  ],
})
export class MandatesModule {}
