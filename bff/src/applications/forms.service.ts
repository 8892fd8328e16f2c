import { Injectable } from '@nestjs/common';
import type { ApplicationForm, ThemeForm } from '@zsb/contracts';
import { isMatterCode } from '@zsb/domain';
import { ResidentService } from '../auth/resident.service';
import { CatalogService } from '../catalog/catalog.service';
import { AppError } from '../common/errors';
import type { CatalogMatter } from '../model/catalog.types';
import { buildForm } from './form-builder';
import { combineForms, type MaterialRouting } from './theme-form';

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
    return buildForm(matter, {
      applicantName: me.nameMasked ?? '',
      applicantIdNumber: me.idNumberMasked ?? '',
      applicantPhone: me.phoneMasked ?? '',
    });
  }

  /** The combined form of a theme's 掌上办 matters, with where each shared material goes, and each matter's own form. */
  theme(themeId: string): { form: ThemeForm; routing: MaterialRouting; forms: ApplicationForm[] } {
    const theme = this.catalog.theme(themeId);
    const online = theme.matters.filter((m) => m.mobileReady);
    if (online.length === 0)
      throw new AppError('FORM_NOT_AVAILABLE', '这个“一件事”里的事项暂时都不能在手机上申请，请预约后到窗口一次办理');
    const forms = online.map((m) => this.form(m.code));
    const atWindow = theme.matters.filter((m) => !m.mobileReady).map((m) => ({ code: m.code, name: m.name }));
    return { ...combineForms({ id: theme.id, name: theme.name }, forms, atWindow), forms };
  }

  async themeFor(residentId: string, themeId: string): Promise<ThemeForm> {
    const me = await this.residents.profile(residentId);
    if (!me.verified) throw new AppError('IDENTITY_REQUIRED');
    const { form } = this.theme(themeId);
    const masked: Record<string, string> = {
      applicantName: me.nameMasked ?? '',
      applicantIdNumber: me.idNumberMasked ?? '',
      applicantPhone: me.phoneMasked ?? '',
    };
    return { ...form, fields: form.fields.map((f) => (f.locked ? { ...f, prefill: masked[f.key] ?? null } : f)) };
  }
}
