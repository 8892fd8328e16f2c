import { Injectable } from '@nestjs/common';
import type { ApplicationDraft, DraftInput, DraftList } from '@zsb/contracts';
import { PiiCipher } from '../common/pii-cipher';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import { UploadsService } from '../uploads/uploads.service';
import { DraftsRepository, type DraftRow } from './drafts.repository';
import { checkDelivery, checkMaterials, checkValues } from './form-validation';
import { FormsService } from './forms.service';

const DAY_MS = 86_400_000;

/**
 * Drafts saved on the server so a resident can stop and go on later, on another phone. A draft keeps whatever is
 * typed, half-typed phone numbers and addresses included; only what is malformed is refused. Completeness and
 * formats are checked at submission.
 */
@Injectable()
export class DraftsService {
  constructor(
    private readonly config: AppConfig,
    private readonly drafts: DraftsRepository,
    private readonly forms: FormsService,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
    private readonly uploads: UploadsService,
  ) {}

  async save(residentId: string, id: string, input: DraftInput): Promise<ApplicationDraft> {
    const form = this.forms.form(input.matterCode);
    const errors = [
      ...checkValues(form, input.values, { partial: true }),
      ...checkMaterials(form, input.materials, { partial: true }),
      ...checkDelivery(form, input.delivery, { partial: true }),
    ];
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors[0].message, errors);
    const now = this.clock.now();
    const expiresAt = new Date(now + this.config.applications.draftDays * DAY_MS);
    // The files first: a draft that was saved never points at photos about to be swept.
    await this.uploads.keepForDraft(
      residentId,
      Object.values(input.materials).flatMap((m) => (m.kind === 'upload' ? m.uploadIds : [])),
      expiresAt,
    );
    const row = await this.drafts.save({
      id,
      resident_id: residentId,
      matter_code: input.matterCode,
      form_version: form.formVersion,
      body_enc: this.cipher.encrypt(
        JSON.stringify({ values: input.values, materials: input.materials, delivery: input.delivery }),
      ),
      step: input.step ?? null,
      expires_at: expiresAt,
    });
    return this.view(row);
  }

  async get(residentId: string, id: string): Promise<ApplicationDraft> {
    const row = await this.drafts.own(residentId, id, new Date(this.clock.now()));
    if (!row) throw new AppError('DRAFT_NOT_FOUND');
    return this.view(row);
  }

  async list(residentId: string): Promise<DraftList> {
    return { items: (await this.drafts.listOwn(residentId, new Date(this.clock.now()))).map((r) => this.view(r)) };
  }

  async delete(residentId: string, id: string): Promise<void> {
    if (!(await this.drafts.delete(residentId, id))) throw new AppError('DRAFT_NOT_FOUND');
  }

  private view(row: DraftRow): ApplicationDraft {
    const body = JSON.parse(this.cipher.decrypt(row.body_enc)) as Pick<DraftInput, 'values' | 'materials' | 'delivery'>;
    let matterName: string;
    try {
      matterName = this.forms.matter(row.matter_code).name;
    } catch {
      matterName = '（该事项已调整，请重新选择）';
    }
    return {
      id: row.id,
      matterCode: row.matter_code,
      matterName,
      formVersion: row.form_version,
      values: body.values,
      materials: body.materials,
      delivery: body.delivery,
      ...(row.step ? { step: row.step } : {}),
      updatedAt: toShanghaiIso(row.updated_at),
      expiresAt: toShanghaiIso(row.expires_at),
    };
  }
}
