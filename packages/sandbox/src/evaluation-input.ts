import { parseIdNumber } from '@zsb/domain';
import {
  BAD_REASONS,
  CHANNELS,
  INDICATOR_SETS,
  type Agent,
  type BadReason,
  type CaseActionRequest,
  type CaseAnswerRequest,
  type EvaluationContent,
  type EvaluationObject,
  type EvaluationRequest,
  type IndicatorSet,
  type EvaluationLevel,
  type Photo,
} from './evaluation-wire';
import { checkUpload, isError, PHONE, text, type Parsed } from './input-checks';
import { objectBody } from './reply';

// Parsers for the 好差评 system's request bodies. Each answers the parsed value or the message of a 400 that
// names the field; messages never repeat an ID number or a phone number.

const MAX_PHOTOS = 3;
/** Photos travel as base64; each decodes to at most 5 MB. */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png']);
const REASONS: ReadonlySet<string> = new Set(BAD_REASONS);

const isLevel = (v: unknown): v is EvaluationLevel => typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5;

const isIndicatorSet = (v: unknown): v is IndicatorSet =>
  typeof v === 'string' && Object.prototype.hasOwnProperty.call(INDICATOR_SETS, v);

function nullableText(raw: unknown, field: string, max: number): Parsed<string | null> {
  return raw === null || raw === undefined ? null : text(raw, field, max);
}

function parseObject(raw: unknown): Parsed<EvaluationObject> {
  const o = objectBody(raw);
  if (!o || (o.type !== 'affair' && o.type !== 'window')) return { error: 'object.type must be affair or window' };
  if (o.type === 'affair') {
    const no = text(o.application_no, 'object.application_no', 64);
    if (isError(no)) return no;
    const code = text(o.matter_code, 'object.matter_code', 64);
    if (isError(code)) return code;
    // The names are shown, not checked: the platform takes them as the submitting platform has them.
    const name = text(o.matter_name, 'object.matter_name', 200, false);
    if (isError(name)) return name;
    const office = text(o.office, 'object.office', 200, false);
    if (isError(office)) return office;
    return { type: 'affair', application_no: no, matter_code: code, matter_name: name, office };
  }
  const centerId = text(o.center_id, 'object.center_id', 64);
  if (isError(centerId)) return centerId;
  const centerName = text(o.center_name, 'object.center_name', 200, false);
  if (isError(centerName)) return centerName;
  const window = nullableText(o.window, 'object.window', 50);
  if (isError(window)) return window;
  const bookingRef = nullableText(o.booking_ref, 'object.booking_ref', 128);
  if (isError(bookingRef)) return bookingRef;
  return { type: 'window', center_id: centerId, center_name: centerName, window, booking_ref: bookingRef };
}

function parseEvaluator(raw: unknown): Parsed<EvaluationRequest['evaluator']> {
  const e = objectBody(raw);
  if (!e) return { error: 'evaluator must be an object with name, id_number and phone' };
  const name = text(e.name, 'evaluator.name', 50);
  if (isError(name)) return name;
  const idNumber = typeof e.id_number === 'string' ? e.id_number.trim().toUpperCase() : '';
  if (!parseIdNumber(idNumber).ok) return { error: 'evaluator.id_number is not a valid resident ID number (GB 11643)' };
  if (typeof e.phone !== 'string' || !PHONE.test(e.phone))
    return { error: 'evaluator.phone must be a mainland mobile number' };
  return { name: name.trim(), id_number: idNumber, phone: e.phone };
}

function parseAgent(raw: unknown): Parsed<Agent | null> {
  if (raw === null || raw === undefined) return null;
  const a = objectBody(raw);
  if (!a) return { error: 'agent must be null or { name, relation }' };
  const name = text(a.name, 'agent.name', 50);
  if (isError(name)) return name;
  if (a.relation !== 'agent' && a.relation !== 'family') return { error: 'agent.relation must be agent or family' };
  return { name: name.trim(), relation: a.relation };
}

function parseIndicators(raw: unknown, set: IndicatorSet): Parsed<Record<string, EvaluationLevel>> {
  const codes: readonly string[] = INDICATOR_SETS[set];
  const given = objectBody(raw);
  const keys = given ? Object.keys(given) : [];
  if (!given || keys.length !== codes.length || !codes.every((c) => keys.includes(c)))
    return { error: `indicators must have exactly the codes of ${set}: ${codes.join(', ')}` };
  const indicators: Record<string, EvaluationLevel> = {};
  for (const code of codes) {
    const level = given[code];
    if (!isLevel(level)) return { error: `indicators.${code} must be a level from 1 to 5` };
    indicators[code] = level;
  }
  return indicators;
}

function parseBadReasons(raw: unknown, level: EvaluationLevel): Parsed<BadReason[]> {
  if (!Array.isArray(raw)) return { error: 'bad_reasons must be an array' };
  if (level <= 2 && raw.length === 0)
    return { error: 'bad_reasons must name at least one reason for a level of 1 or 2' };
  if (level >= 3 && raw.length > 0) return { error: 'bad_reasons must be empty for a level of 3 to 5' };
  const reasons: BadReason[] = [];
  for (const [i, r] of raw.entries()) {
    if (typeof r !== 'string' || !REASONS.has(r)) return { error: `bad_reasons[${i}] is not a known reason` };
    if (reasons.includes(r as BadReason)) return { error: `bad_reasons[${i}] repeats ${r}` };
    reasons.push(r as BadReason);
  }
  return reasons;
}

function parsePhoto(raw: unknown, field: string): Parsed<Photo> {
  const p = objectBody(raw);
  if (!p) return { error: `${field} must be an object` };
  const fileName = text(p.file_name, `${field}.file_name`, 255);
  if (isError(fileName)) return fileName;
  if (typeof p.content_type !== 'string' || !PHOTO_TYPES.has(p.content_type))
    return { error: `${field}.content_type must be image/jpeg or image/png` };
  const upload = checkUpload(p, field, MAX_PHOTO_BYTES);
  if (isError(upload)) return upload;
  return { file_name: fileName, content_type: p.content_type as Photo['content_type'], ...upload };
}

function parsePhotos(raw: unknown): Parsed<Photo[]> {
  if (!Array.isArray(raw) || raw.length > MAX_PHOTOS)
    return { error: `photos must be an array of at most ${MAX_PHOTOS} photos` };
  const photos: Photo[] = [];
  for (const [i, item] of raw.entries()) {
    const photo = parsePhoto(item, `photos[${i}]`);
    if (isError(photo)) return photo;
    photos.push(photo);
  }
  return photos;
}

/** level, indicators, bad_reasons, content and photos: what a submission and a revision both carry. */
export function parseContent(b: Record<string, unknown>, set: IndicatorSet): Parsed<EvaluationContent> {
  if (!isLevel(b.level)) return { error: 'level must be a whole number from 1 to 5' };
  const indicators = parseIndicators(b.indicators, set);
  if (isError(indicators)) return indicators;
  const badReasons = parseBadReasons(b.bad_reasons, b.level);
  if (isError(badReasons)) return badReasons;
  const content = text(b.content, 'content', 500, false);
  if (isError(content)) return content;
  const photos = parsePhotos(b.photos);
  if (isError(photos)) return photos;
  return { level: b.level, indicators, bad_reasons: badReasons, content, photos };
}

export function parseEvaluation(body: unknown): Parsed<EvaluationRequest> {
  const b = objectBody(body);
  if (!b) return { error: 'body must be a JSON object' };
  if (!(CHANNELS as readonly unknown[]).includes(b.channel)) return { error: 'channel must be mobile or qrcode' };
  const object = parseObject(b.object);
  if (isError(object)) return object;
  const evaluator = parseEvaluator(b.evaluator);
  if (isError(evaluator)) return evaluator;
  const agent = parseAgent(b.agent);
  if (isError(agent)) return agent;
  if (!isIndicatorSet(b.indicator_set))
    return { error: `indicator_set must be one of ${Object.keys(INDICATOR_SETS).join(', ')}` };
  const content = parseContent(b, b.indicator_set);
  if (isError(content)) return content;
  return {
    channel: b.channel as EvaluationRequest['channel'],
    object,
    evaluator,
    agent,
    indicator_set: b.indicator_set,
    ...content,
  };
}

/** A revision: the evaluation's own indicator set applies. */
export function parseRevision(body: unknown, set: IndicatorSet): Parsed<EvaluationContent> {
  const b = objectBody(body);
  if (!b) return { error: 'body must be a JSON object' };
  return parseContent(b, set);
}

const ACTIONS = [
  'verify',
  'rectify',
  'follow_up',
  'appeal',
  'claim_unrectifiable',
  'decide_appeal',
  'decide_unrectifiable',
] as const;
type ActionName = (typeof ACTIONS)[number];
const isAction = (v: string): v is ActionName => (ACTIONS as readonly string[]).includes(v);

/**
 * An office's or a reviewer's action. An `action` string that names no action is not malformed but not allowed
 * (the contract's 409 40901), so it parses to null.
 */
export function parseCaseAction(body: unknown): Parsed<CaseActionRequest | null> {
  const b = objectBody(body);
  if (!b) return { error: 'body must be a JSON object' };
  if (typeof b.action !== 'string' || b.action === '') return { error: 'action must be a non-empty string' };
  const actor = objectBody(b.actor);
  if (!actor) return { error: 'actor must be an object with name and office' };
  const name = text(actor.name, 'actor.name', 50);
  if (isError(name)) return name;
  const office = text(actor.office, 'actor.office', 100);
  if (isError(office)) return office;
  const note = text(b.note, 'note', 1000);
  if (isError(note)) return note;
  const common = { actor: { name: name.trim(), office: office.trim() }, note };
  if (!isAction(b.action)) return null;
  switch (b.action) {
    case 'verify':
    case 'rectify':
    case 'claim_unrectifiable':
      return { ...common, action: b.action };
    case 'follow_up':
      if (typeof b.satisfied !== 'boolean') return { error: 'satisfied must be true or false' };
      if (b.method !== 'phone' && b.method !== 'message' && b.method !== 'visit')
        return { error: 'method must be phone, message or visit' };
      return { ...common, action: 'follow_up', satisfied: b.satisfied, method: b.method };
    case 'appeal':
      if (b.ground !== 'mistaken' && b.ground !== 'malicious') return { error: 'ground must be mistaken or malicious' };
      return { ...common, action: 'appeal', ground: b.ground };
    case 'decide_appeal':
    case 'decide_unrectifiable':
      if (typeof b.upheld !== 'boolean') return { error: 'upheld must be true or false' };
      return { ...common, action: b.action, upheld: b.upheld };
  }
}

/** The evaluator's own answer (追评). */
export function parseAnswer(body: unknown): Parsed<CaseAnswerRequest> {
  const b = objectBody(body);
  if (!b) return { error: 'body must be a JSON object' };
  if (typeof b.satisfied !== 'boolean') return { error: 'satisfied must be true or false' };
  const note = text(b.note, 'note', 500, false);
  if (isError(note)) return note;
  return { satisfied: b.satisfied, note };
}
