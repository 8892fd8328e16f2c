import type {
  ApplicationForm,
  ApplicationInput,
  Delivery,
  FieldError,
  MailAddress,
  MaterialAnswer,
} from '@zsb/contracts';
import { parseLocalDate } from '@zsb/domain';

// The same rules the BFF applies (bff/src/applications/form-validation.ts), checked on the phone first so a
// resident hears about a problem at the field, before anything is sent. The BFF checks again; its `details`
// land at the same fields.

/**
 * What the checks and the step components need of a form: a matter's ApplicationForm and a theme's combined
 * ThemeForm (一件事一次办) both satisfy it, so both are filled in with the same steps and the same rules.
 */
export type FormShape = Pick<ApplicationForm, 'fields' | 'materials' | 'delivery' | 'promisedDays'>;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const PHONE = /^1[3-9]\d{9}$/;

/** The steps of 在线办理, in order; a draft remembers the one the resident was on. */
export const STEPS = ['form', 'materials', 'delivery', 'review'] as const;
export type ApplyStep = (typeof STEPS)[number];

export const STEP_TITLE: Record<ApplyStep, string> = {
  form: '填写信息',
  materials: '提交材料',
  delivery: '领取方式',
  review: '核对提交',
};

export function isStep(value: string | undefined | null): value is ApplyStep {
  return (STEPS as readonly string[]).includes(value ?? '');
}

const charCount = (s: string) => [...s].length;

/** Problems of the typed values; `partial` (a draft) lets required fields stay empty. */
export function checkValues(
  form: Pick<FormShape, 'fields'>,
  values: Record<string, string>,
  { partial }: { partial: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  for (const f of form.fields) {
    if (f.locked) continue;
    const value = (values[f.key] ?? '').trim();
    const at = `values.${f.key}`;
    if (!value) {
      if (f.required && !partial)
        errors.push({ field: at, message: f.type === 'choice' ? `请选择${f.label}` : `请填写${f.label}` });
      continue;
    }
    if (CONTROL.test(value)) errors.push({ field: at, message: `${f.label}含有无法识别的字符` });
    else if (f.maxLength !== null && charCount(value) > f.maxLength)
      errors.push({ field: at, message: `${f.label}太长了，请不超过 ${f.maxLength} 个字` });
    else if (f.type === 'choice' && !f.choices?.includes(value))
      errors.push({ field: at, message: `请从列表里选择${f.label}` });
    else if (f.type === 'date' && parseLocalDate(value) === null)
      errors.push({ field: at, message: `${f.label}应为日期，例如 2026-12-01` });
    else if (f.type === 'phone' && !PHONE.test(value))
      errors.push({ field: at, message: `${f.label}应为 11 位手机号` });
    else if (f.pattern && !safeTest(f.pattern, value))
      errors.push({ field: at, message: f.hint ? `${f.label}格式不正确：${f.hint}` : `${f.label}格式不正确` });
  }
  return errors;
}

// A pattern the phone's JavaScript cannot compile is left to the server rather than blocking the resident.
function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern).test(value);
  } catch {
    return true;
  }
}

export function checkMaterials(
  form: Pick<FormShape, 'materials'>,
  materials: Record<string, MaterialAnswer>,
  { partial }: { partial: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  for (const m of form.materials) {
    const a = materials[m.key];
    const at = `materials.${m.key}`;
    if (!a) {
      if (m.required && !partial)
        errors.push({ field: at, message: m.licenceType ? `请使用电子证照或上传${m.name}` : `请上传${m.name}` });
    } else if (a.kind === 'upload' && a.uploadIds.length > m.maxFiles) {
      errors.push({ field: at, message: `${m.name}最多上传 ${m.maxFiles} 个文件` });
    }
  }
  return errors;
}

export function checkAddress(a: MailAddress): FieldError[] {
  const errors: FieldError[] = [];
  const bad = (s: string, max: number) => !s.trim() || charCount(s) > max || CONTROL.test(s);
  if (bad(a.recipient, 20))
    errors.push({ field: 'delivery.address.recipient', message: '请填写收件人姓名（不超过 20 个字）' });
  if (!PHONE.test(a.phone.trim()))
    errors.push({ field: 'delivery.address.phone', message: '收件人电话应为 11 位手机号' });
  if (bad(a.region, 60))
    errors.push({ field: 'delivery.address.region', message: '请填写所在地区，例如 河南省安阳市林州市任村镇' });
  if (bad(a.detail, 100))
    errors.push({ field: 'delivery.address.detail', message: '请填写详细地址（不超过 100 个字）' });
  return errors;
}

export function checkDelivery(
  form: Pick<FormShape, 'delivery'>,
  delivery: Delivery | null,
  { partial }: { partial: boolean },
): FieldError[] {
  if (!delivery)
    return !partial && form.delivery.methods.length > 1
      ? [{ field: 'delivery.method', message: '请选择怎样领取办理结果' }]
      : [];
  if (!form.delivery.methods.includes(delivery.method))
    return [{ field: 'delivery.method', message: '这个事项只能到窗口领取结果' }];
  if (delivery.method === 'window' || partial) return [];
  return checkAddress(delivery.address ?? { recipient: '', phone: '', region: '', detail: '' });
}

/** Everything that stands between the input and a submission. */
export function checkAll(
  form: FormShape,
  input: Pick<ApplicationInput, 'values' | 'materials' | 'delivery'>,
): FieldError[] {
  return [
    ...checkValues(form, input.values, { partial: false }),
    ...checkMaterials(form, input.materials, { partial: false }),
    ...checkDelivery(form, input.delivery, { partial: false }),
  ];
}

/** The step where a field of an error lives (`values.reason` → form). */
export function stepOfField(field: string): ApplyStep {
  if (field.startsWith('materials')) return 'materials';
  if (field.startsWith('delivery')) return 'delivery';
  return 'form';
}

/** One message per field, the first one wins. */
export function byField(errors: readonly FieldError[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of errors) out[e.field] ??= e.message;
  return out;
}

/**
 * What of a saved input still fits the form (a draft of an older form version, a local copy): values of open
 * fields, answers to materials that still exist (a licence only where one can stand in), a delivery it offers.
 */
export function fitToForm(
  form: FormShape,
  input: Pick<ApplicationInput, 'values' | 'materials' | 'delivery'>,
): Pick<ApplicationInput, 'values' | 'materials' | 'delivery'> {
  const open = new Set(form.fields.filter((f) => !f.locked).map((f) => f.key));
  const values = Object.fromEntries(
    Object.entries(input.values ?? {}).filter(([k, v]) => open.has(k) && typeof v === 'string'),
  );
  const materials: Record<string, MaterialAnswer> = {};
  for (const m of form.materials) {
    const a = input.materials?.[m.key];
    if (!a) continue;
    if (a.kind === 'licence' && m.licenceType) materials[m.key] = a;
    if (a.kind === 'upload' && a.uploadIds.length > 0)
      materials[m.key] = { kind: 'upload', uploadIds: a.uploadIds.slice(0, m.maxFiles) };
  }
  const delivery = input.delivery && form.delivery.methods.includes(input.delivery.method) ? input.delivery : null;
  return { values, materials, delivery };
}

/** The delivery to start with: the only choice when there is one, else none until the resident picks. */
export function initialDelivery(form: Pick<FormShape, 'delivery'>): Delivery | null {
  return form.delivery.methods.length === 1 ? { method: form.delivery.methods[0] } : null;
}

/**
 * A short, stable fingerprint of what would be submitted for a subject (a matter code, or `theme:<id>`): the same
 * content may reuse its Idempotency-Key.
 */
export function contentHash(
  subject: string,
  input: Pick<ApplicationInput, 'values' | 'materials' | 'delivery'>,
): string {
  const text = JSON.stringify([subject, sorted(input.values), sorted(input.materials), input.delivery]);
  // FNV-1a, 32 bit twice with different seeds: enough to tell two versions of one resident's form apart.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return `${a.toString(36)}${b.toString(36)}`;
}

function sorted<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
}

/** A matter as the resident reads it. */
export interface MatterRef {
  code: string;
  name: string;
}

/** 授权用证 is given per licence type and matter; the app keeps the pairs a resident has allowed as these keys. */
export const consentKey = (typeCode: string, matterCode: string): string => `${typeCode}|${matterCode}`;

/** The keys of a resident's consents that are still in force. */
export function activeConsentKeys(
  consents: readonly { typeCode: string; matterCode: string; revokedAt: string | null }[],
): string[] {
  return consents.filter((c) => c.revokedAt === null).map((c) => consentKey(c.typeCode, c.matterCode));
}

/** Which of `matters` the resident has allowed to use this licence type. */
export function consentedMatters(typeCode: string, matters: readonly MatterRef[], keys: readonly string[]): string[] {
  return matters.filter((m) => keys.includes(consentKey(typeCode, m.code))).map((m) => m.code);
}
