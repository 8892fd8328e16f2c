import type { ReviewCase, StaffReviewAction } from '@zsb/contracts';

// 差评整改 on the office's side: which steps a case waits for, what each asks, and the body that records it.

export type ActionKind = StaffReviewAction['action'];
export type Ground = 'mistaken' | 'malicious';
export type Method = 'phone' | 'message' | 'visit';

export const ACTION_LABEL: Record<ActionKind, string> = {
  verify: '核实',
  rectify: '整改',
  claim_unrectifiable: '无法整改',
  appeal: '申诉',
  follow_up: '回访',
};

/** What the note box asks for each step. */
export const NOTE_LABEL: Record<ActionKind, string> = {
  verify: '核实情况',
  rectify: '整改了什么',
  claim_unrectifiable: '无法整改的原因',
  appeal: '申诉理由',
  follow_up: '回访记录',
};

export const GROUND_LABEL: Record<Ground, string> = { mistaken: '误评', malicious: '恶意差评' };
export const METHOD_LABEL: Record<Method, string> = { phone: '电话', message: '短信', visit: '上门' };

/** Whether the office has appealed this case before (the platform allows one appeal). */
export function hasAppealed(c: Pick<ReviewCase, 'steps'>): boolean {
  return c.steps.some((s) => s.kind === 'appealed');
}

/**
 * The steps a case allows now: 核实 or 申诉 while it is being verified; 整改, 无法整改 or (once) 申诉 while it is being
 * rectified; 回访 once rectified. Anything else waits for someone else (a reviewer, the resident). 申诉 and 无法整改
 * are the center's decisions: offered to its admin (中心管理员) only (`canDispute`).
 */
export function allowedActions(c: Pick<ReviewCase, 'state' | 'steps'>, canDispute: boolean): ActionKind[] {
  const all = ((): ActionKind[] => {
    switch (c.state) {
      case 'VERIFYING':
        return ['verify', 'appeal'];
      case 'RECTIFYING':
        return hasAppealed(c) ? ['rectify', 'claim_unrectifiable'] : ['rectify', 'claim_unrectifiable', 'appeal'];
      case 'RECTIFIED':
        return ['follow_up'];
      default:
        return [];
    }
  })();
  return canDispute ? all : all.filter((a) => a !== 'appeal' && a !== 'claim_unrectifiable');
}

/** What the clerk fills in for one step; only the fields of the chosen step matter. */
export interface ActionDraft {
  action: ActionKind;
  note: string;
  ground: Ground | null;
  method: Method | null;
  satisfied: boolean | null;
}

export function emptyDraft(action: ActionKind): ActionDraft {
  return { action, note: '', ground: null, method: null, satisfied: null };
}

export const MAX_NOTE = 500;

export type DraftProblems = Partial<Record<'note' | 'ground' | 'method' | 'satisfied', string>>;

export function draftProblems(d: ActionDraft): DraftProblems {
  const note = d.note.trim();
  const p: DraftProblems = {};
  // A 回访 note is what the resident said: it may be empty when the answer says it all.
  if (d.action !== 'follow_up' && note === '') p.note = `请填写${NOTE_LABEL[d.action]}`;
  if ([...note].length > MAX_NOTE) p.note = `最多 ${MAX_NOTE} 个字`;
  if (d.action === 'appeal' && !d.ground) p.ground = '请选择申诉理由：误评或恶意差评';
  if (d.action === 'follow_up') {
    if (!d.method) p.method = '请选择回访方式';
    if (d.satisfied === null) p.satisfied = '请选择群众对整改是否满意';
  }
  return p;
}

/** The body to send, or null while something is missing. */
export function buildAction(d: ActionDraft): StaffReviewAction | null {
  if (Object.keys(draftProblems(d)).length > 0) return null;
  const note = d.note.trim();
  if (d.action === 'appeal') return { action: 'appeal', note, ground: d.ground as Ground };
  if (d.action === 'follow_up')
    return { action: 'follow_up', note, method: d.method as Method, satisfied: d.satisfied as boolean };
  return { action: d.action, note };
}
