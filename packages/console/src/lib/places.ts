// How the 中心与服务 page names a place's kind, level and services, and what it shows of its closures.
import type { AdminPlace, Closure, ClosureReason, ClosureRequest } from '@zsb/contracts';

export const PLACE_KIND_NAME: Record<AdminPlace['kind'], string> = {
  center: '便民服务中心',
  station: '便民服务站',
  'bank-point': '政银通办点',
  kiosk: '自助终端',
};

export const LEVEL_NAME: Record<AdminPlace['level'], string> = {
  township: '乡镇',
  street: '街道',
  village: '村（社区）',
};

/** 乡镇便民服务中心, 村（社区）便民服务站, 自助终端 (a kiosk or bank point has no level of its own to speak of). */
export function placeKindLabel(p: Pick<AdminPlace, 'kind' | 'level'>): string {
  if (p.kind === 'kiosk' || p.kind === 'bank-point') return PLACE_KIND_NAME[p.kind];
  return `${LEVEL_NAME[p.level]}${PLACE_KIND_NAME[p.kind]}`;
}

export const SERVICE_NAME: Record<AdminPlace['services'][number], string> = {
  agent: '帮办代办',
  'home-visit': '上门服务',
  kiosk: '自助终端',
};

/** Under the policy floor of matters (200/150/40): shown red. No floor (kiosks, bank points) is never under. */
export const underFloor = (p: Pick<AdminPlace, 'matterCount' | 'matterFloor'>): boolean =>
  p.matterFloor !== null && p.matterCount < p.matterFloor;

/** Kiosks have no windows, no bookings and so nothing to close. */
export const canClose = (p: Pick<AdminPlace, 'kind'>): boolean => p.kind !== 'kiosk';

export const REASON_NAME: Record<ClosureReason, string> = {
  power: '停电',
  renovation: '装修',
  weather: '恶劣天气',
  other: '临时调整',
};

export const REASONS: ClosureReason[] = ['power', 'renovation', 'weather', 'other'];

/**
 * A wall-clock time in Beijing, as the form's pickers hold it: "2026-12-09T14:00". The pickers show the
 * operator's browser clock; whatever zone the browser is in, the numbers picked are read as Beijing time.
 */
export type BeijingWall = string;

/** The instant of a Beijing wall-clock time: "2026-12-09T14:00" → "2026-12-09T14:00:00+08:00". */
export function beijingIso(wall: BeijingWall): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(?::\d{2})?$/.exec(wall.trim());
  if (!m) throw new Error(`not a wall-clock time: ${wall}`);
  return `${m[1]}T${m[2]}:00+08:00`;
}

/** Beijing wall-clock time of an instant: "2026-12-09T06:00:00Z" → "2026-12-09T14:00". */
export function beijingWallOf(iso: string | Date): BeijingWall {
  const at = typeof iso === 'string' ? new Date(iso) : iso;
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

export interface ClosureForm {
  start: BeijingWall;
  end: BeijingWall;
  reason: ClosureReason;
  note: string;
}

export function closureRequestOf(centerId: string, form: ClosureForm): ClosureRequest {
  return {
    centerId,
    start: beijingIso(form.start),
    end: beijingIso(form.end),
    reason: form.reason,
    note: form.note.trim(),
  };
}

/** Why the note cannot be sent (the BFF's rules: 2–60 characters, one line, no angle brackets), or null. */
export function noteProblem(note: string): string | null {
  const n = note.trim();
  if (n.length < 2 || n.length > 60) return '说明请写 2–60 个字';
  if (/[\u0000-\u001f<>]/.test(n)) return '说明里不能有换行或尖括号';
  return null;
}

/** 12月9日 14:30 (Beijing), as the resident's message writes a time. */
export function shortTime(iso: string): string {
  const wall = beijingWallOf(iso);
  return `${Number(wall.slice(5, 7))}月${Number(wall.slice(8, 10))}日 ${wall.slice(11, 16)}`;
}

/**
 * The sentence residents will read in their message and on their booking (the BFF's closure-rules `why`):
 * 因停电（线路检修停电），临淇镇便民服务中心 12月9日 14:00 至 12月9日 18:00 暂停服务.
 */
export function closureSentence(
  centerName: string,
  c: Pick<ClosureRequest, 'start' | 'end' | 'reason' | 'note'>,
): string {
  return `因${REASON_NAME[c.reason]}（${c.note.trim()}），${centerName} ${shortTime(c.start)} 至 ${shortTime(c.end)} 暂停服务`;
}

/** The period of a closure for a tag: 12月9日 14:00–18:00 within a day, else 12月9日 14:00 至 12月11日 18:00. */
export function closurePeriod(c: Pick<Closure, 'start' | 'end'>): string {
  const [from, to] = [shortTime(c.start), shortTime(c.end)];
  const [fromDay, fromTime] = from.split(' ');
  const [toDay, toTime] = to.split(' ');
  if (fromDay === toDay) return `${fromDay} ${fromTime}–${toTime}`;
  // An end at midnight is the end of the day before: 12月9日 08:00 至 12月10日 00:00 reads 至 12月9日 24:00.
  if (toTime === '00:00') {
    const dayBefore = shortTime(new Date(Date.parse(c.end) - 60_000).toISOString()).split(' ')[0];
    return dayBefore === fromDay ? `${fromDay} ${fromTime}–24:00` : `${from} 至 ${dayBefore} 24:00`;
  }
  return `${from} 至 ${to}`;
}

/** The outcome as the operator reads it after the confirmation: 改约 3、取消 1、结束候补 2. */
export const closureOutcome = (c: Pick<Closure, 'moved' | 'cancelled' | 'waitlistEnded'>): string =>
  `改约 ${c.moved}、取消 ${c.cancelled}、结束候补 ${c.waitlistEnded}`;
