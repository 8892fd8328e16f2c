import { Injectable } from '@nestjs/common';
import type { ActingFor } from '../common/acting';
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

  /**
   * Under a 委托 (`matter.actingFor`), the licence types the principal named in it are the consent, and the use is
   * logged as the helper's: the principal's 用证记录 says who used it.
   */
  async attach(
    residentId: string,
    licenceId: string,
    typeCode: string,
    matter: { code: string; name: string; actingFor?: ActingFor },
  ): Promise<void> {
    const licence = await this.licences.own(residentId, licenceId);
    if (licence.typeCode !== typeCode)
      throw new AppError('VALIDATION_FAILED', `这项材料需要“${licence.typeName}”以外的证照，请重新选择`);
    if (licence.status !== 'valid') throw new AppError('LICENCE_NOT_VALID');
    const { actingFor } = matter;
    const allowed = actingFor
      ? actingFor.licenceTypeCodes.includes(typeCode)
      : await this.consents.allows(residentId, typeCode, matter.code);
    if (!allowed) throw new AppError('LICENCE_CONSENT_REQUIRED');
    await this.records.logUse({
      id: randomId(),
      residentId,
      licenceId,
      typeName: licence.typeName,
      action: 'use',
      actor: 'application',
      ...(actingFor ? { actorResidentId: actingFor.helperId } : {}),
      purpose: actingFor ? `申请“${matter.name}”（代办人${actingFor.helperName}按委托使用）` : `申请“${matter.name}”`,
    });
  }
}
