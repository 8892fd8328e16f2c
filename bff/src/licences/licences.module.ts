import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CatalogModule } from '../catalog/catalog.module';
import { ConsentsService } from './consents.service';
import { DisplayCodesService } from './display-codes.service';
import { LicenceRecordsRepository } from './licence-records.repository';
import { LicenceUseService } from './licence-use.service';
import { LicencesController } from './licences.controller';
import { LicencesService } from './licences.service';

/** E-licences: the wallet, 亮证, authorised use and the use log. */
@Module({
  imports: [AuthModule, CatalogModule],
  controllers: [LicencesController],
  providers: [LicenceRecordsRepository, LicencesService, DisplayCodesService, ConsentsService, LicenceUseService],
  exports: [ConsentsService, LicencesService, LicenceUseService],
})
export class LicencesModule {}
