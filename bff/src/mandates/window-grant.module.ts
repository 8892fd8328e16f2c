import { Module } from '@nestjs/common';
import { UploadsModule } from '../uploads/uploads.module';
import { MandatesModule } from './mandates.module';
import { WindowGrantController } from './window-grant.controller';
import { WindowGrantService } from './window-grant.service';

/**
 * 委托 recorded at a window. Its own module because it keeps the paper 委托书's photos (uploads), and uploads
 * import MandatesModule for @Delegable: one module for both would be a cycle.
 */
@Module({
  imports: [MandatesModule, UploadsModule],
  controllers: [WindowGrantController],
  providers: [WindowGrantService],
})
export class WindowGrantModule {}
