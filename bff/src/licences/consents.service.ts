import { Injectable } from '@nestjs/common';
import type { LicenceConsent, LicenceConsentList } from '@zsb/contracts';
import { ResidentService } from '../auth/resident.service';
import { CatalogService } from '../catalog/catalog.service';
import { AppError } from '../common/errors';
import { randomId } from '../common/random';
import { LicenceRecordsRepository } from './licence-records.repository';

/**
 * 授权用证: a resident lets applications for one matter use one licence type instead of a paper copy. The
 * application issue calls `allows` before attaching a licence; a revoked consent stops that at once.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly records: LicenceRecordsRepository,
    private readonly catalog: CatalogService,
    private readonly residents: ResidentService,
  ) {}

  async grant(residentId: string, typeCode: string, matterCode: string): Promise<LicenceConsent> {
    await this.residents.identityOf(residentId);
    const guide = this.catalog.guide(matterCode);
    const material = guide.materials.find((m) => m.licenceType?.code === typeCode);
    if (!material?.licenceType) throw new AppError('CONSENT_NOT_APPLICABLE');
    return this.records.grant({
      id: randomId(),
      residentId,
      typeCode,
      typeName: material.licenceType.name,
      matterCode,
      matterName: guide.name,
      purpose: `办理“${guide.name}”时代替提交“${material.name}”`,
    });
  }

  async list(residentId: string): Promise<LicenceConsentList> {
    return { items: await this.records.consents(residentId) };
  }

  async revoke(residentId: string, consentId: string): Promise<void> {
    if (!(await this.records.revoke(residentId, consentId))) throw new AppError('CONSENT_NOT_FOUND');
  }

  /** Whether applications for this matter may use this resident's licence of this type right now. */
  async allows(residentId: string, typeCode: string, matterCode: string): Promise<boolean> {
    return (await this.records.consents(residentId, { typeCode, matterCode, activeOnly: true })).length > 0;
  }
}
