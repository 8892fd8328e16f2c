import type { ApplicationForm, Delivery, FieldError, MaterialAnswer } from '@zsb/contracts';

/** What the checks read of a form: a matter's own form or a theme's combined one. */
export type FormShape = Pick<ApplicationForm, 'fields' | 'materials' | 'delivery'>;
import { parseLocalDate } from '@zsb/domain';

// Tabs and newlines are fine in a textarea; other control characters never come from a keyboard.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const PHONE = /^1[3-9]\d{9}$/;

/**
 * Every problem of the typed values against the form, in the resident's words; empty when all is well. `partial`
 * (a draft) checks only what makes a value malformed (unknown or locked field, not text, control characters, too
 * long, a choice not offered): a phone number or a date half typed is kept as it is and checked at submission.
 */
export function checkValues(
  form: FormShape,
  values: Record<string, string>,
  { partial }: { partial: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(form.fields.map((f) => [f.key, f]));
  for (const [key, value] of Object.entries(values)) {
    const f = byKey.get(key);
    if (!f) errors.push({ field: `values.${key}`, message: '表单里没有这一项，请刷新后重新填写' });
    else if (f.locked) errors.push({ field: `values.${key}`, message: `${f.label}来自实名认证，不能修改` });
    else if (typeof value !== 'string') errors.push({ field: `values.${key}`, message: `${f.label}格式不正确` });
  }
  if (errors.length) return errors;
  for (const f of form.fields) {
    if (f.locked) continue;
    const value = (values[f.key] ?? '').trim();
    const at = `values.${f.key}`;
    if (!value) {
      if (f.required && !partial) errors.push({ field: at, message: `请填写${f.label}` });
      continue;
    }
    if (CONTROL.test(value)) errors.push({ field: at, message: `${f.label}含有无法识别的字符` });
    else if (f.maxLength !== null && [...value].length > f.maxLength)
      errors.push({ field: at, message: `${f.label}太长了，请不超过 ${f.maxLength} 个字` });
    else if (f.type === 'choice' && !f.choices?.includes(value))
      errors.push({ field: at, message: `请从列表里选择${f.label}` });
    else if (partial) continue;
    else if (f.type === 'date' && parseLocalDate(value) === null)
      errors.push({ field: at, message: `${f.label}应为日期，例如 2026-12-01` });
    else if (f.type === 'phone' && !PHONE.test(value))
      errors.push({ field: at, message: `${f.label}应为 11 位手机号` });
    else if (f.pattern && !new RegExp(f.pattern).test(value))
      errors.push({ field: at, message: f.hint ? `${f.label}格式不正确：${f.hint}` : `${f.label}格式不正确` });
  }
  return errors;
}

/** Shape problems of material answers (ownership and consent are checked by the service, against upstream). */
export function checkMaterials(
  form: FormShape,
  materials: Record<string, MaterialAnswer>,
  { partial }: { partial: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  const byKey = new Map(form.materials.map((m) => [m.key, m]));
  for (const [key, answer] of Object.entries(materials)) {
    const m = byKey.get(key);
    const at = `materials.${key}`;
    if (!m) errors.push({ field: at, message: '没有这项材料，请刷新后重新填写' });
    else if (answer.kind === 'licence' && !m.licenceType)
      errors.push({ field: at, message: `${m.name}没有对应的电子证照，请上传照片或文件` });
    else if (answer.kind === 'upload' && (answer.uploadIds.length === 0 || answer.uploadIds.length > m.maxFiles))
      errors.push({ field: at, message: `${m.name}请上传 1–${m.maxFiles} 个文件` });
  }
  if (!partial)
    for (const m of form.materials)
      if (m.required && !materials[m.key]) errors.push({ field: `materials.${m.key}`, message: `请提供${m.name}` });
  return errors;
}

/**
 * The delivery choice and its address. `partial` (a draft): an address may be missing or half typed; only what is
 * malformed (control characters, a method the matter does not offer) is refused.
 */
export function checkDelivery(
  form: FormShape,
  delivery: Delivery | null,
  { partial }: { partial: boolean } = { partial: false },
): FieldError[] {
  if (!delivery) return [];
  if (!form.delivery.methods.includes(delivery.method))
    return [{ field: 'delivery.method', message: '这个事项只能到窗口领取结果' }];
  if (delivery.method === 'window')
    return delivery.address ? [{ field: 'delivery.address', message: '窗口领取不需要填写邮寄地址' }] : [];
  const a = delivery.address;
  if (!a) return partial ? [] : [{ field: 'delivery.address', message: '请填写邮寄地址' }];
  if (partial) return malformedAddress(a);
  const errors: FieldError[] = [];
  if (!a.recipient.trim() || [...a.recipient].length > 20 || CONTROL.test(a.recipient))
    errors.push({ field: 'delivery.address.recipient', message: '请填写收件人姓名（不超过 20 个字）' });
  if (!PHONE.test(a.phone)) errors.push({ field: 'delivery.address.phone', message: '收件人电话应为 11 位手机号' });
  if (!a.region.trim() || [...a.region].length > 60 || CONTROL.test(a.region))
    errors.push({ field: 'delivery.address.region', message: '请选择所在地区' });
  if (!a.detail.trim() || [...a.detail].length > 100 || CONTROL.test(a.detail))
    errors.push({ field: 'delivery.address.detail', message: '请填写详细地址（不超过 100 个字）' });
  return errors;
}

// The request schema (dto/applications.dto.ts) already bounds each part's length; a draft refuses only characters
// no keyboard types.
function malformedAddress(a: NonNullable<Delivery['address']>): FieldError[] {
  return (['recipient', 'phone', 'region', 'detail'] as const)
    .filter((k) => CONTROL.test(a[k]))
    .map((k) => ({ field: `delivery.address.${k}`, message: '邮寄地址含有无法识别的字符' }));
}
