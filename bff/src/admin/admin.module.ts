import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CatalogModule } from '../catalog/catalog.module';
import { TargetsModule } from '../targets/targets.module';
import { AdminRolesService } from './admin-roles.service';
import { AdminController } from './admin.controller';
import { AdminRepository } from './admin.repository';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { PeopleService } from './people.service';

/** The operators' console API (/api/v1/admin): roles and areas, the 达标 dashboard, people, the audit log. */
@Module({
  imports: [AuthModule, CatalogModule, TargetsModule],
  controllers: [AdminController],
  providers: [AdminRepository, AdminRolesService, DashboardRepository, DashboardService, PeopleService],
})
export class AdminModule {}
