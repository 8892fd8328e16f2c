import { Injectable } from '@nestjs/common';
import type { ApplicationForm } from '@zsb/contracts';
import { isMatterCode } from '@zsb/domain';
import { ResidentService } from '../auth/resident.service';
import { CatalogService } from '../catalog/catalog.service';
import { AppError } from '../common/errors';
import type { CatalogMatter } from '../upstream/platform/platform.types';
import { buildForm } from './form-builder';

/** The application form of a matter, from the current catalog snapshot. */
@Injectable()
export class FormsService {
  constructor(
    private readonly catalog: CatalogService,
    private readonly residents: ResidentService,
  ) {}

  matter(code: string): CatalogMatter {
    if (!isMatterCode(code)) throw new AppError('MATTER_CODE_INVALID');
    const matter = this.catalog.snapshot().matter(code);
    if (!matter) throw new AppError('MATTER_NOT_FOUND');
    if (!matter.mobileReady) throw new AppError('FORM_NOT_AVAILABLE');
    return matter;
  }

  /** The form without personal data, for validation. */
  form(code: string): ApplicationForm {
    return buildForm(this.matter(code), null);
  }

  /** The form as a verified resident sees it: the locked identity fields show their masked values. */
  async formFor(residentId: string, code: string): Promise<ApplicationForm> {
    const matter = this.matter(code);
    const me = await this.residents.profile(residentId);
    if (!me.verified) throw new AppError('IDENTITY_REQUIRED');
    return buildForm(matter, { applicantName: me.nameMasked ?? '', applicantIdNumber: me.idNumberMasked ?? '', applicantPhone: me.phoneMasked ?? '' });
  }
}
