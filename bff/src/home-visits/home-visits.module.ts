import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CatalogModule } from '../catalog/catalog.module';
import { MandatesModule } from '../mandates/mandates.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { HomeVisitsController } from './home-visits.controller';
import { HomeVisitsRepository } from './home-visits.repository';
import { HomeVisitsService } from './home-visits.service';

/** 上门服务: asked by residents (or their helpers), arranged and recorded by the center's staff. */
@Module({
  imports: [AuthModule, CatalogModule, MandatesModule, NotificationsModule],
  controllers: [HomeVisitsController],
  providers: [HomeVisitsRepository, HomeVisitsService],
})
export class HomeVisitsModule {}
