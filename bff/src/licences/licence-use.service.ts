import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors';
import { randomId } from '../common/random';
import { ConsentsService } from './consents.service';
import { LicenceRecordsRepository } from './licence-records.repository';
import { LicencesService } from './licences.service';

/**
 * 授权用证: an application may attach a licence only if it is the resident's own, valid, of the type the
 * material asks for, and the resident consented to its use for that matter. Each use lands in the use log.
 */
@Injectable()
export class LicenceUseService {
  constructor(
    private readonly licences: LicencesService,
    private readonly consents: ConsentsService,
    private readonly records: LicenceRecordsRepository,
  ) {}

  async attach(
    residentId: string,
    licenceId: string,
    typeCode: string,
    matter: { code: string; name: string },
  ): Promise<void> {
    const licence = await this.licences.own(residentId, licenceId);
    if (licence.typeCode !== typeCode)
      throw new AppError('VALIDATION_FAILED', `这项材料需要“${licence.typeName}”以外的证照，请重新选择`);
    if (licence.status !== 'valid') throw new AppError('LICENCE_NOT_VALID');
    if (!(await this.consents.allows(residentId, typeCode, matter.code)))
      throw new AppError('LICENCE_CONSENT_REQUIRED');
    await this.records.logUse({
      id: randomId(),
      residentId,
      licenceId,
      typeName: licence.typeName,
      action: 'use',
      actor: 'application',
      purpose: `申请“${matter.name}”`,
    });
  }
}
