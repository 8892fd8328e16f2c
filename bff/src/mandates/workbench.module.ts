import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { BookingsModule } from '../bookings/bookings.module';
import { MandatesModule } from './mandates.module';
import { WorkbenchController } from './workbench.controller';
import { WorkbenchService } from './workbench.service';

/**
 * 我代办的 reads the principals' applications and bookings: its own module, since those features import
 * MandatesModule (for @Delegable) and one module for both would be a cycle.
 */
@Module({
  imports: [MandatesModule, ApplicationsModule, BookingsModule],
  controllers: [WorkbenchController],
  providers: [WorkbenchService],
})
export class WorkbenchModule {}
