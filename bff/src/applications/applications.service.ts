import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  ApplicationDetail,
  ApplicationForm,
  ApplicationList,
  ApplicationRequest,
  FieldError,
  ThemeApplicationRequest,
  ThemeApplicationResult,
  MaterialAnswer,
  SupplementAnswer,
  SupplementItem,
} from '@zsb/contracts';
import { ResidentService } from '../auth/resident.service';
import { BusinessCalendar } from '../calendar/business-calendar';
import { CenterDirectory } from '../catalog/center-directory';
import type { ActingFor } from '../common/acting';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomId } from '../common/random';
import { LicenceUseService } from '../licences/licence-use.service';
import { UploadsService } from '../uploads/uploads.service';
import { ApplicationDelivery } from './application-delivery';
import { toDetail, toSummary } from './application-views';
import { ApplicationsRepository, type ApplicationRow, type NewApplication } from './applications.repository';
import { checkDelivery, checkMaterials, checkValues } from './form-validation';
import { FormsService } from './forms.service';
import type { StoredMaterial, StoredPayload } from './stored';
import { answerFor } from './theme-form';

const LIST_LIMIT = 100;

/** Applying: checks a submission against its matter's form, records it with its delivery, and answers progress. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly forms: FormsService,
    private readonly repo: ApplicationsRepository,
    private readonly residents: ResidentService,
    private readonly licenceUse: LicenceUseService,
    private readonly uploads: UploadsService,
    private readonly cipher: PiiCipher,
    private readonly calendar: BusinessCalendar,
    private readonly delivery: ApplicationDelivery,
    private readonly directory: CenterDirectory,
  ) {}

  async submit(
    residentId: string,
    request: ApplicationRequest & { actingFor?: ActingFor },
    idempotencyKey: string | undefined,
  ): Promise<{ detail: ApplicationDetail; replayed: boolean }> {
    const applicant = await this.residents.applicantOf(residentId);
    const matter = this.forms.matter(request.matterCode);
    const form = this.forms.form(request.matterCode);
    const errors: FieldError[] = [
      ...checkValues(form, request.values, { partial: false }),
      ...checkMaterials(form, request.materials, { partial: false }),
      ...checkDelivery(form, request.delivery),
    ];
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors[0].message, errors);
    const requestHash = hashOf(request);
    const first = await this.firstAnswer(residentId, idempotencyKey, requestHash);
    if (first) return { detail: await this.detailOf(first[0]), replayed: true };
    const id = randomId();
    const materials = await this.resolveMaterials(residentId, form, request.materials, {
      code: matter.code,
      name: matter.name,
      actingFor: request.actingFor,
    });
    const outcome = await this.repo.create(
      residentId,
      [
        {
          id,
          residentId,
          matterCode: matter.code,
          matterName: matter.name,
          themeId: null,
          payloadEnc: this.cipher.encrypt(
            JSON.stringify({
              values: trimmed(request.values),
              delivery: request.delivery ?? { method: 'window' },
            } satisfies StoredPayload),
          ),
          materials,
          notify: request.notify === true,
          promisedDays: matter.promisedDays,
          idempotencyKey: idempotencyKey ?? null,
          requestHash,
          outboxId: randomId(),
          upstreamKey: `zsb-submit-${id}`,
          ownerCenterId: this.ownerOf(applicant.idNumber, matter.code),
          mandateId: request.actingFor?.mandateId ?? null,
        },
      ],
      request.draftId ?? null,
      (tx) => this.uploads.markAttached(uploadIdsOf(materials), id, tx),
    );
    if ('reused' in outcome) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    const row = outcome.rows[0];
    if (!outcome.replayed) this.delivery.nudge();
    return { detail: await this.detailOf(row), replayed: outcome.replayed };
  }

  /**
   * 一件事一次办: one combined form, recorded as linked applications (one per 掌上办 matter of the theme) in one
   * transaction, each delivered on its own. Uploads shared by several matters are attached to the theme submission.
   */
  async submitTheme(
    residentId: string,
    request: ThemeApplicationRequest,
    idempotencyKey: string | undefined,
  ): Promise<{ result: ThemeApplicationResult; replayed: boolean }> {
    const applicant = await this.residents.applicantOf(residentId);
    const { form, routing, forms } = this.forms.theme(request.themeId);
    const errors: FieldError[] = [
      ...checkValues(form, request.values, { partial: false }),
      ...checkMaterials(form, request.materials, { partial: false }),
      ...checkDelivery(form, request.delivery),
    ];
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors[0].message, errors);
    const requestHash = hashOf({
      matterCode: `theme:${request.themeId}`,
      values: request.values,
      materials: request.materials,
      delivery: request.delivery,
    });
    const answer = (rows: ApplicationRow[]) => ({
      themeId: request.themeId,
      items: rows.map((r) => toSummary(r, this.calendar.working)),
    });
    const first = await this.firstAnswer(residentId, idempotencyKey, requestHash);
    if (first) return { result: answer(first), replayed: true };
    const items: NewApplication[] = [];
    const uploadIds = new Set<string>();
    for (const [i, matterForm] of forms.entries()) {
      const own = answerFor(matterForm, routing, request.values, request.materials);
      // Each matter must get every material it requires from the combined answer.
      const missing = checkMaterials(matterForm, own.materials, { partial: false });
      if (missing.length)
        throw new AppError('VALIDATION_FAILED', `「${matterForm.matterName}」${missing[0].message}`, missing);
      const materials = await this.resolveMaterials(residentId, matterForm, own.materials, {
        code: matterForm.matterCode,
        name: matterForm.matterName,
      });
      for (const u of uploadIdsOf(materials)) uploadIds.add(u);
      const id = randomId();
      items.push({
        id,
        residentId,
        matterCode: matterForm.matterCode,
        matterName: matterForm.matterName,
        themeId: request.themeId,
        payloadEnc: this.cipher.encrypt(
          JSON.stringify({
            values: trimmed(own.values),
            delivery: request.delivery ?? { method: 'window' },
          } satisfies StoredPayload),
        ),
        materials,
        notify: request.notify === true,
        promisedDays: matterForm.promisedDays,
        idempotencyKey: idempotencyKey ? `${idempotencyKey}#${i + 1}` : null,
        requestHash,
        outboxId: randomId(),
        upstreamKey: `zsb-submit-${id}`,
        ownerCenterId: this.ownerOf(applicant.idNumber, matterForm.matterCode),
      });
    }
    const outcome = await this.repo.create(residentId, items, null, (tx) =>
      this.uploads.markAttached([...uploadIds], `theme-${items[0].id}`, tx),
    );
    if ('reused' in outcome) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (!outcome.replayed) this.delivery.nudge();
    return { result: answer(outcome.rows), replayed: outcome.replayed };
  }

  /** The center answerable for an application: of the applicant's home county, handling the matter. */
  private ownerOf(idNumber: string, matterCode: string): string | null {
    return this.directory.countyCenterFor(idNumber.slice(0, 6), matterCode)?.id ?? null;
  }

  async list(residentId: string): Promise<ApplicationList> {
    return { items: (await this.repo.listOwn(residentId, LIST_LIMIT)).map((r) => toSummary(r, this.calendar.working)) };
  }

  async get(residentId: string, id: string): Promise<ApplicationDetail> {
    const row = await this.repo.own(residentId, id);
    if (!row) throw new AppError('APPLICATION_NOT_FOUND');
    return this.detailOf(row);
  }

  /** 补正: answers exactly the items the platform asked for, then delivers them through the outbox. */
  async supplement(
    residentId: string,
    id: string,
    answer: SupplementAnswer & { actingFor?: ActingFor },
  ): Promise<ApplicationDetail> {
    const row = await this.repo.own(residentId, id);
    if (!row) throw new AppError('APPLICATION_NOT_FOUND');
    const open = await this.repo.openSupplement(id);
    if (row.status !== 'supplement' || !open || open.answered_at) throw new AppError('SUPPLEMENT_NOT_REQUESTED');
    const items = open.items as SupplementItem[];
    const values = answer.values ?? {};
    const materials = answer.materials ?? {};
    const asked = (kind: SupplementItem['kind']): string[] =>
      items
        .filter((i) => i.kind === kind)
        .map((i) => i.key)
        .sort();
    if (
      JSON.stringify(Object.keys(values).sort()) !== JSON.stringify(asked('field')) ||
      JSON.stringify(Object.keys(materials).sort()) !== JSON.stringify(asked('material'))
    ) {
      throw new AppError('SUPPLEMENT_NOT_REQUESTED', `请只补充要求的内容：${items.map((i) => i.label).join('、')}`);
    }
    const form = this.forms.form(row.matter_code);
    const onlyAsked: ApplicationForm = {
      ...form,
      fields: form.fields.filter((f) => values[f.key] !== undefined),
      materials: form.materials.filter((m) => materials[m.key] !== undefined),
    };
    const errors = [
      ...checkValues(onlyAsked, values, { partial: false }),
      ...checkMaterials(onlyAsked, materials, { partial: false }),
    ];
    if (errors.length) throw new AppError('VALIDATION_FAILED', errors[0].message, errors);
    const resolved = await this.resolveMaterials(residentId, onlyAsked, materials, {
      code: row.matter_code,
      name: row.matter_name,
      actingFor: answer.actingFor,
    });
    const body = this.cipher.encrypt(
      JSON.stringify({ requestId: open.id, values: trimmed(values), materials: resolved }),
    );
    const outboxId = randomId();
    const recorded = await this.repo.answerSupplement(
      id,
      open.id,
      {
        id: outboxId,
        upstreamKey: `zsb-supplement-${open.id}`,
        bodyEnc: body,
        mandateId: answer.actingFor?.mandateId ?? null,
      },
      (tx) => this.uploads.markAttached(uploadIdsOf(resolved), id, tx),
    );
    if (!recorded) throw new AppError('SUPPLEMENT_NOT_REQUESTED');
    this.delivery.nudge();
    return this.get(residentId, id);
  }

  /**
   * The applications an earlier request with this Idempotency-Key recorded, found before the materials are checked
   * again (its uploads are attached by now); IDEMPOTENCY_KEY_REUSED when that request was a different one.
   */
  private async firstAnswer(
    residentId: string,
    key: string | undefined,
    requestHash: string,
  ): Promise<ApplicationRow[] | null> {
    if (!key) return null;
    const first = await this.repo.byKey(residentId, key);
    if (first.length === 0) return null;
    if (first[0].request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return first;
  }

  async detailOf(row: ApplicationRow): Promise<ApplicationDetail> {
    const [events, open] = await Promise.all([this.repo.events(row.id), this.repo.openSupplement(row.id)]);
    const payload = JSON.parse(this.cipher.decrypt(row.payload_enc)) as StoredPayload;
    let names = new Map<string, string>();
    try {
      names = new Map(this.forms.form(row.matter_code).materials.map((m) => [m.key, m.name]));
    } catch {
      // the matter left the catalog or the phone: the application still shows, without material names
    }
    return toDetail(row, events, this.calendar.working, {
      delivery: payload.delivery,
      materialNames: names,
      supplement: open
        ? {
            id: open.id,
            items: open.items as SupplementItem[],
            requestedAt: open.requested_at,
            answeredAt: open.answered_at,
          }
        : null,
    });
  }

  /** Licences attached by consent (and logged as used), uploads checked to be the resident's and of an accepted kind. */
  private async resolveMaterials(
    residentId: string,
    form: ApplicationForm,
    answers: Record<string, MaterialAnswer>,
    matter: { code: string; name: string; actingFor?: ActingFor },
  ): Promise<Record<string, StoredMaterial>> {
    const out: Record<string, StoredMaterial> = {};
    const uploadIds = Object.values(answers).flatMap((a) => (a.kind === 'upload' ? a.uploadIds : []));
    const owned = new Map((await this.uploads.ownedUploads(residentId, uploadIds)).map((u) => [u.id, u]));
    for (const m of form.materials) {
      const a = answers[m.key];
      if (!a) continue;
      if (a.kind === 'licence' && m.licenceType) {
        await this.licenceUse.attach(residentId, a.licenceId, m.licenceType.code, matter);
        out[m.key] = { kind: 'licence', licenceId: a.licenceId, typeCode: m.licenceType.code };
      } else if (a.kind === 'upload') {
        const wrong = a.uploadIds.find((u) => !m.accept.includes(owned.get(u)?.kind ?? 'image'));
        if (wrong)
          throw new AppError(
            'VALIDATION_FAILED',
            `${m.name}只能上传${m.accept.includes('pdf') ? '照片或 PDF' : '照片'}`,
          );
        out[m.key] = { kind: 'upload', uploadIds: [...a.uploadIds] };
      }
    }
    return out;
  }
}

function trimmed(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()]));
}

function uploadIdsOf(materials: Record<string, StoredMaterial>): string[] {
  return Object.values(materials).flatMap((m) => (m.kind === 'upload' ? m.uploadIds : []));
}

function hashOf(request: Pick<ApplicationRequest, 'matterCode' | 'values' | 'materials' | 'delivery'>): string {
  const { matterCode, values, materials, delivery } = request;
  return createHash('sha256').update(JSON.stringify({ matterCode, values, materials, delivery })).digest('base64url');
}
