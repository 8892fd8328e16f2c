import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { BookingsModule } from '../bookings/bookings.module';
import { CalendarModule } from '../calendar/calendar.module';
import { CatalogModule } from '../catalog/catalog.module';
import { TargetsModule } from '../targets/targets.module';
import { AdminRolesService } from './admin-roles.service';
import { AdminOperationsController } from './admin-operations.controller';
import { AdminController } from './admin.controller';
import { AdminRepository } from './admin.repository';
import { ClosuresAdminService } from './closures-admin.service';
import { DashboardRepository } from './dashboard.repository';
import { DashboardService } from './dashboard.service';
import { PeopleService } from './people.service';
import { PlacesService } from './places.service';
import { QueuesRepository } from './queues.repository';
import { QueuesService } from './queues.service';
import { SearchGapsService } from './search-gaps.service';

/** The operators' console API (/api/v1/admin): roles and areas, the 达标 dashboard, people, centers and their closures, work queues, search gaps and synonyms, the audit log. */
@Module({
  imports: [AuthModule, BookingsModule, CalendarModule, CatalogModule, TargetsModule],
  controllers: [AdminController, AdminOperationsController],
  providers: [
    AdminRepository,
    AdminRolesService,
    ClosuresAdminService,
    DashboardRepository,
    DashboardService,
    PeopleService,
    PlacesService,
    QueuesRepository,
    QueuesService,
    SearchGapsService,
  ],
})
export class AdminModule {}
