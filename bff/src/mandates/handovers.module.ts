import { Module } from '@nestjs/common';
import { ApplicationsModule } from '../applications/applications.module';
import { UploadsModule } from '../uploads/uploads.module';
import { HandoversController } from './handovers.controller';
import { HandoversRepository } from './handovers.repository';
import { HandoversService } from './handovers.service';
import { MandatesModule } from './mandates.module';

/**
 * 交付 reads the principal's applications and keeps receipt photos: its own module, since applications and
 * uploads import MandatesModule (for @Delegable) and one module for all would be a cycle.
 */
@Module({
  imports: [MandatesModule, ApplicationsModule, UploadsModule],
  controllers: [HandoversController],
  providers: [HandoversRepository, HandoversService],
})
export class HandoversModule {}
