import { createHash } from 'node:crypto';
import { parseIdNumber } from '@zsb/domain';
import type {
  ApplicationMaterial,
  ApplicationRequest,
  Delivery,
  SupplementAnswer,
  SupplementItem,
} from './approval-wire';
import { objectBody } from './reply';
import type { Task, Theme } from './wire';

// Parsers for the approval system's request bodies. Each answers the parsed value or the message of a 400 that
// names the field; messages never repeat an ID number or a phone number.

export interface CatalogLookup {
  task(code: string): Task | undefined;
  readonly themes: readonly Theme[];
}

const KEY = /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/;
const PHONE = /^1[3-9]\d{9}$/;
const LICENCE_ID = /^[A-Za-z0-9_-]{1,64}$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
/** RFC 6838 §4.2: type and subtype names are at most 127 characters each. */
const MAX_CONTENT_TYPE_CHARS = 255;
const SHA256 = /^[0-9a-f]{64}$/;
const MAX_FORM_FIELDS = 200;
const MAX_FIELD_CHARS = 5000;
const MAX_MATERIALS = 50;

/** An Idempotency-Key: 8 to 128 visible ASCII characters. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

type Parsed<T> = T | { error: string };

const isError = <T>(v: Parsed<T>): v is { error: string } =>
  v !== null && typeof v === 'object' && 'error' in (v as object);

/** Whether a string has at most `max` code points; a megabyte-long string is refused without being spread. */
function fits(raw: string, max: number): boolean {
  if (raw.length <= max) return true;
  return raw.length <= 2 * max && [...raw].length <= max;
}

function text(raw: unknown, field: string, max: number, required = true): Parsed<string> {
  if (typeof raw !== 'string' || (required && raw.trim() === '') || !fits(raw, max)) {
    return { error: `${field} must be ${required ? 'a non-empty' : 'a'} string of at most ${max} characters` };
  }
  return raw;
}

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

/**
 * The bytes of non-empty standard base64 (RFC 4648 §4: + and /, padded, no line breaks), or null.
 *
 * No regular expression reads the payload. Once an isolate has compiled about 1 MB of regexp code (a long jest
 * worker, a long-lived process), V8 compiles every new regexp without optimization (TooMuchRegExpCode in
 * src/regexp/regexp.cc), and an unoptimized `[A-Za-z0-9+/]+` keeps 16 bytes of backtrack stack per character:
 * past about 4.2 million characters (a 3 MB file) it throws "Maximum call stack size exceeded", a 500.
 */
function decodeStandardBase64(b64: string): Buffer | null {
  if (b64.length === 0 || b64.length % 4 !== 0) return null;
  const bytes = Buffer.from(b64, 'base64');
  // Node's decoder skips stray characters and takes base64url's - and _ too. Node writes only standard, padded
  // base64 with zero unused bits, so encoding back equals the input exactly when every character was meant.
  return bytes.length > 0 && bytes.toString('base64') === b64 ? bytes : null;
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
  if (typeof m.sha256 !== 'string' || !SHA256.test(m.sha256))
    return { error: `${field}.sha256 must be 64 lowercase hex digits` };
  if (typeof m.size !== 'number' || !Number.isInteger(m.size) || m.size < 1)
    return { error: `${field}.size must be a positive whole number of bytes` };
  const content = typeof m.content_base64 === 'string' ? decodeStandardBase64(m.content_base64) : null;
  if (!content) return { error: `${field}.content_base64 must be non-empty standard base64` };
  if (content.length !== m.size) return { error: `${field}.size does not match the content (${content.length} bytes)` };
  if (createHash('sha256').update(content).digest('hex') !== m.sha256)
    return { error: `${field}.sha256 does not match the content` };
  return {
    key: m.key,
    name,
    kind: 'file',
    file_name: fileName,
    content_type: m.content_type,
    sha256: m.sha256,
    size: m.size,
    content_base64: m.content_base64 as string,
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
