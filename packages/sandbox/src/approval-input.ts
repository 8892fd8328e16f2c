import { parseIdNumber } from '@zsb/domain';
import type {
  ApplicationMaterial,
  ApplicationRequest,
  Delivery,
  SupplementAnswer,
  SupplementItem,
} from './approval-wire';
import { checkUpload, isError, PHONE, text, type Parsed } from './input-checks';
import { objectBody } from './reply';
import type { Task, Theme } from './wire';

// Parsers for the approval system's request bodies. Each answers the parsed value or the message of a 400 that
// names the field; messages never repeat an ID number or a phone number.

export interface CatalogLookup {
  task(code: string): Task | undefined;
  readonly themes: readonly Theme[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const LICENCE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
/** RFC 6838 §4.2: type and subtype names are at most 127 characters each. */
const MAX_CONTENT_TYPE_CHARS = 255;
const MAX_FORM_FIELDS = 200;
const MAX_FIELD_CHARS = 5000;
const MAX_MATERIALS = 50;

export function parseForm(raw: unknown, field = 'form'): Parsed<Record<string, string>> {
  const form = objectBody(raw);
  if (!form) return { error: `${field} must be an object of strings` };
  const entries = Object.entries(form);
  if (entries.length > MAX_FORM_FIELDS) return { error: `${field} may have at most ${MAX_FORM_FIELDS} fields` };
  for (const [k, v] of entries) {
    if (!KEY.test(k)) return { error: `${field} key ${JSON.stringify(k.slice(0, 64))} is not a valid field key` };
    if (typeof v !== 'string' || v.length > MAX_FIELD_CHARS)
      return { error: `${field}.${k} must be a string of at most ${MAX_FIELD_CHARS} characters` };
  }
  return form as Record<string, string>;
}

function parseMaterial(raw: unknown, field: string): Parsed<ApplicationMaterial> {
  const m = objectBody(raw);
  if (!m) return { error: `${field} must be an object` };
  if (typeof m.key !== 'string' || !KEY.test(m.key))
    return { error: `${field}.key must be a key of letters, digits, _ . - (at most 64)` };
  const name = text(m.name, `${field}.name`, 100);
  if (isError(name)) return name;
  if (m.kind === 'licence') {
    if (typeof m.licence_id !== 'string' || !LICENCE_ID.test(m.licence_id))
      return { error: `${field}.licence_id must be a licence id` };
    const type = text(m.licence_type, `${field}.licence_type`, 64);
    if (isError(type)) return type;
    return { key: m.key, name, kind: 'licence', licence_id: m.licence_id, licence_type: type };
  }
  if (m.kind !== 'file') return { error: `${field}.kind must be licence or file` };
  const fileName = text(m.file_name, `${field}.file_name`, 255);
  if (isError(fileName)) return fileName;
  if (
    typeof m.content_type !== 'string' ||
    m.content_type.length > MAX_CONTENT_TYPE_CHARS ||
    !CONTENT_TYPE.test(m.content_type)
  )
    return { error: `${field}.content_type must be a media type` };
  const upload = checkUpload(m, field);
  if (isError(upload)) return upload;
  return {
    key: m.key,
    name,
    kind: 'file',
    file_name: fileName,
    content_type: m.content_type,
    ...upload,
  };
}

export function parseMaterials(raw: unknown, field = 'materials'): Parsed<ApplicationMaterial[]> {
  if (!Array.isArray(raw) || raw.length > MAX_MATERIALS)
    return { error: `${field} must be an array of at most ${MAX_MATERIALS} materials` };
  const materials: ApplicationMaterial[] = [];
  const keys = new Set<string>();
  for (const [i, item] of raw.entries()) {
    const m = parseMaterial(item, `${field}[${i}]`);
    if (isError(m)) return m;
    if (keys.has(m.key)) return { error: `${field}[${i}].key repeats ${m.key}` };
    keys.add(m.key);
    materials.push(m);
  }
  return materials;
}

function parseDelivery(raw: unknown): Parsed<Delivery | null> {
  if (raw === null || raw === undefined) return null;
  const d = objectBody(raw);
  if (!d || (d.method !== 'window' && d.method !== 'mail')) return { error: 'delivery.method must be window or mail' };
  if (d.method === 'window') return { method: 'window' };
  const a = objectBody(d.address);
  if (!a) return { error: 'delivery.address is required for mail' };
  const recipient = text(a.recipient, 'delivery.address.recipient', 50);
  if (isError(recipient)) return recipient;
  if (typeof a.phone !== 'string' || !PHONE.test(a.phone))
    return { error: 'delivery.address.phone must be a mainland mobile number' };
  const region = text(a.region, 'delivery.address.region', 100);
  if (isError(region)) return region;
  const detail = text(a.detail, 'delivery.address.detail', 200);
  if (isError(detail)) return detail;
  return { method: 'mail', address: { recipient, phone: a.phone, region, detail } };
}

export function parseApplication(
  body: unknown,
  catalog: CatalogLookup,
): Parsed<ApplicationRequest & { task: Task; theme: Theme | null }> {
  const b = objectBody(body);
  if (!b) return { error: 'body must be a JSON object' };
  const task = typeof b.matter_code === 'string' ? catalog.task(b.matter_code) : undefined;
  if (!task) return { error: 'matter_code is not a matter of the catalog' };
  const matterName = text(b.matter_name, 'matter_name', 200);
  if (isError(matterName)) return matterName;

  const applicant = objectBody(b.applicant);
  if (!applicant) return { error: 'applicant must be an object with name, id_number and phone' };
  const name = text(applicant.name, 'applicant.name', 50);
  if (isError(name)) return name;
  const idNumber = typeof applicant.id_number === 'string' ? applicant.id_number.trim().toUpperCase() : '';
  if (!parseIdNumber(idNumber).ok) return { error: 'applicant.id_number is not a valid resident ID number (GB 11643)' };
  if (typeof applicant.phone !== 'string' || !PHONE.test(applicant.phone))
    return { error: 'applicant.phone must be a mainland mobile number' };

  const form = parseForm(b.form);
  if (isError(form)) return form;
  const materials = parseMaterials(b.materials);
  if (isError(materials)) return materials;
  const delivery = parseDelivery(b.delivery);
  if (isError(delivery)) return delivery;

  let theme: Theme | null = null;
  if (b.theme_id !== null && b.theme_id !== undefined) {
    theme = catalog.themes.find((t) => t.theme_id === b.theme_id) ?? null;
    if (!theme) return { error: 'theme_id is not a theme of the catalog' };
    if (!theme.task_codes.includes(task.task_code)) return { error: 'theme_id does not include matter_code' };
  }
  let linkedKey: string | null = null;
  if (b.linked_key !== null && b.linked_key !== undefined) {
    const k = text(b.linked_key, 'linked_key', 128);
    if (isError(k)) return k;
    linkedKey = k;
  }

  return {
    matter_code: task.task_code,
    matter_name: matterName,
    applicant: { name: name.trim(), id_number: idNumber, phone: applicant.phone },
    form,
    materials,
    delivery,
    theme_id: theme?.theme_id ?? null,
    linked_key: linkedKey,
    task,
    theme,
  };
}

export function parseSupplementAnswer(body: unknown): Parsed<SupplementAnswer> {
  const b = objectBody(body);
  if (!b) return { error: 'body must be a JSON object' };
  const requestId = text(b.request_id, 'request_id', 64);
  if (isError(requestId)) return requestId;
  const form = parseForm(b.form ?? {});
  if (isError(form)) return form;
  const materials = parseMaterials(b.materials ?? []);
  if (isError(materials)) return materials;
  return { request_id: requestId, form, materials };
}

/** The items a supplement request asks for (the back door's body). */
export function parseSupplementItems(body: unknown): Parsed<SupplementItem[]> {
  const items = objectBody(body)?.items;
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_MATERIALS)
    return { error: `items must be an array of 1 to ${MAX_MATERIALS} items` };
  const parsed: SupplementItem[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of items.entries()) {
    const it = objectBody(raw);
    if (!it || typeof it.key !== 'string' || !KEY.test(it.key))
      return { error: `items[${i}].key must be a field or material key` };
    if (it.kind !== 'field' && it.kind !== 'material') return { error: `items[${i}].kind must be field or material` };
    if (seen.has(`${it.kind}:${it.key}`)) return { error: `items[${i}] repeats ${it.kind} ${it.key}` };
    seen.add(`${it.kind}:${it.key}`);
    const label = text(it.label, `items[${i}].label`, 100);
    if (isError(label)) return label;
    const reason = text(it.reason, `items[${i}].reason`, 500);
    if (isError(reason)) return reason;
    parsed.push({ key: it.key, label, kind: it.kind, reason });
  }
  return parsed;
}

export { isError };
