import { randomInt } from 'node:crypto';
import { maskName } from '@zsb/domain';
import { isOpen, OPENED, transition, type CaseFacts, type CaseMove } from './evaluation-cases';
import type {
  CaseActionRequest,
  CaseActor,
  CaseAnswerRequest,
  CaseEvent,
  CaseState,
  Evaluation,
  EvaluationCase,
  EvaluationContent,
  EvaluationListing,
  EvaluationRequest,
  IndicatorSet,
} from './evaluation-wire';
import { conflict } from './idempotency';
import type { Outcome } from './reply';
import { isoShanghai } from './seed/catalog';

/** 409's business codes: an action the case's state does not allow; a second evaluation of one object; a second revision. */
export const NOT_ALLOWED = '40901';
export const ALREADY_EVALUATED = '40902';
export const ALREADY_REVISED = '40903';

/** One key's request: its fingerprint and how many POSTs carried it. */
interface KeyUse {
  fingerprint: string;
  receipts: number;
}

interface StoredEvaluation {
  /** The answer as it is now; the evaluator's ID number and phone are not kept at all. */
  view: Evaluation;
  key: string;
  submission: KeyUse;
  /** Keys of revisions, actions and answers on this evaluation; only requests that acted are kept. */
  keys: Map<string, KeyUse>;
  /** Where a rejected appeal or claim goes back to (see CaseFacts). */
  resume: CaseState | null;
}

const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');
const day = (at: string): string => at.slice(0, 10).replace(/-/g, '');
const notFound = (id: string) => ({ status: 404, msg: `evaluation ${id} not found` });

/** Canned wording for moves whose actor gives no note of their own. */
const NOTES = {
  opened: '收到差评，已转办事部门核实。',
  withdrawn: '评价人已将评价修改为基本满意及以上，整改工单撤销。',
  satisfied: '评价人对整改结果表示满意。',
  unsatisfied: '评价人对整改结果不满意。',
};

/**
 * The 好差评 system's evaluations in one server's memory: receipts per Idempotency-Key, one evaluation per
 * object, and each 差评's case (the moves are evaluation-cases.ts's; this stamps and stores them). Every new
 * case event goes to `onEvent` (the callback sender) after it is stored.
 */
export class EvaluationState {
  private readonly byId = new Map<string, StoredEvaluation>();
  private readonly byKey = new Map<string, StoredEvaluation>();
  /** `affair:<application_no>` and `window:<booking_ref>`: the objects that take one evaluation only. */
  private readonly byObject = new Map<string, string>();
  private readonly caseNos = new Set<string>();

  constructor(
    private readonly clock: () => number,
    private readonly onEvent: (evaluationId: string, caseNo: string, event: CaseEvent) => void,
  ) {}

  /** A submission already received under this key: the evaluation as it is now, or a conflict for another body. */
  replay(key: string, fingerprint: string): Outcome<Evaluation> | null {
    const stored = this.byKey.get(key);
    if (!stored) return null;
    stored.submission.receipts += 1;
    return stored.submission.fingerprint === fingerprint ? { ok: this.answer(stored) } : conflict;
  }

  submit(key: string, fingerprint: string, request: EvaluationRequest): Outcome<Evaluation> {
    const objectKey = this.objectKey(request);
    const first = objectKey === null ? undefined : this.byObject.get(objectKey);
    if (first !== undefined)
      return { status: 409, code: ALREADY_EVALUATED, msg: `this object was already evaluated: ${first}` };
    const at = isoShanghai(this.clock());
    const view: Evaluation = {
      evaluation_id: this.newId(`PJ${day(at)}`, 10, this.byId),
      channel: request.channel,
      object: request.object,
      agent: request.agent,
      evaluator_name: maskName(request.evaluator.name),
      level: request.level,
      indicator_set: request.indicator_set,
      indicators: request.indicators,
      bad_reasons: request.bad_reasons,
      content: request.content,
      photo_count: request.photos.length,
      evaluated_at: at,
      revised_at: null,
      case: null,
    };
    const stored: StoredEvaluation = {
      view,
      key,
      submission: { fingerprint, receipts: 1 },
      keys: new Map(),
      resume: null,
    };
    this.byId.set(view.evaluation_id, stored);
    this.byKey.set(key, stored);
    if (objectKey !== null) this.byObject.set(objectKey, view.evaluation_id);
    if (view.level <= 2) this.open(stored);
    return { ok: this.answer(stored) };
  }

  view(id: string): Evaluation | null {
    const stored = this.byId.get(id);
    return stored ? this.answer(stored) : null;
  }

  /** The indicator set a revision is checked against, or null for an unknown evaluation. */
  indicatorSetOf(id: string): IndicatorSet | null {
    return this.byId.get(id)?.view.indicator_set ?? null;
  }

  /**
   * A revision, action or answer already made with this key on this evaluation: the evaluation as it is now, or
   * a conflict for another body; null when the key is new (then the body is checked and the request acts).
   */
  replayOn(id: string, key: string, fingerprint: string): Outcome<Evaluation> | null {
    const stored = this.byId.get(id);
    if (!stored) return notFound(id);
    const use = stored.keys.get(key);
    if (!use) return null;
    use.receipts += 1;
    return use.fingerprint === fingerprint ? { ok: this.answer(stored) } : conflict;
  }

  /** Replaces level … photos, once; may open a case (1–2) or withdraw one not yet rectified (3–5). */
  revise(id: string, key: string, fingerprint: string, content: EvaluationContent): Outcome<Evaluation> {
    const stored = this.byId.get(id);
    if (!stored) return notFound(id);
    const { view } = stored;
    if (view.revised_at !== null)
      return { status: 409, code: ALREADY_REVISED, msg: 'this evaluation was already revised once' };
    view.level = content.level;
    view.indicators = content.indicators;
    view.bad_reasons = content.bad_reasons;
    view.content = content.content;
    view.photo_count = content.photos.length;
    view.revised_at = isoShanghai(this.clock());
    stored.keys.set(key, { fingerprint, receipts: 1 });
    const current = view.case;
    if (content.level <= 2) {
      // A closed case stays in its events already pushed; the new 差评 gets a case of its own.
      if (current === null || !isOpen(current.state)) this.open(stored);
    } else if (current !== null) {
      this.move(stored, { move: 'withdraw' }, this.evaluatorActor(stored), NOTES.withdrawn);
    }
    return { ok: this.answer(stored) };
  }

  /** An office's or a reviewer's action on the case. */
  act(id: string, key: string, fingerprint: string, request: CaseActionRequest): Outcome<Evaluation> {
    const stored = this.byId.get(id);
    if (!stored) return notFound(id);
    const reviewer = request.action === 'decide_appeal' || request.action === 'decide_unrectifiable';
    const actor: CaseActor = { role: reviewer ? 'reviewer' : 'office', ...request.actor };
    const move: CaseMove =
      request.action === 'follow_up'
        ? { move: 'answer', satisfied: request.satisfied, via: 'office' }
        : 'upheld' in request
          ? { move: request.action, upheld: request.upheld }
          : { move: request.action };
    const event = this.move(stored, move, actor, request.note);
    if (!event) return this.notAllowed(stored, request.action);
    const c = stored.view.case!;
    const at = event.at;
    if (request.action === 'follow_up') c.answer = { satisfied: request.satisfied, via: 'office', at };
    if (request.action === 'appeal') c.appeal = { ground: request.ground, note: request.note, decided: null };
    if (request.action === 'decide_appeal' && c.appeal)
      c.appeal.decided = { upheld: request.upheld, note: request.note, at };
    stored.keys.set(key, { fingerprint, receipts: 1 });
    return { ok: this.answer(stored) };
  }

  /** The evaluator's 追评. */
  answerCase(id: string, key: string, fingerprint: string, request: CaseAnswerRequest): Outcome<Evaluation> {
    const stored = this.byId.get(id);
    if (!stored) return notFound(id);
    const note = request.note.trim() || (request.satisfied ? NOTES.satisfied : NOTES.unsatisfied);
    const move: CaseMove = { move: 'answer', satisfied: request.satisfied, via: 'evaluator' };
    const event = this.move(stored, move, this.evaluatorActor(stored), note);
    if (!event) return this.notAllowed(stored, 'answer');
    stored.view.case!.answer = { satisfied: request.satisfied, via: 'evaluator', at: event.at };
    stored.keys.set(key, { fingerprint, receipts: 1 });
    return { ok: this.answer(stored) };
  }

  /**
   * The back door: up to `steps` moves an office would make with canned notes (核实, 整改, 回访 satisfied);
   * a 409 when nothing could move.
   */
  advance(id: string, steps: number): Outcome<Evaluation> {
    const stored = this.byId.get(id);
    if (!stored) return notFound(id);
    const { object } = stored.view;
    const office = (object.type === 'affair' ? object.office : object.center_name) || '办事部门';
    const actor: CaseActor = { role: 'office', name: '工作人员', office };
    let moved = 0;
    for (; moved < steps; moved++) {
      const state = stored.view.case?.state;
      if (state === 'VERIFYING') this.move(stored, { move: 'verify' }, actor, '经核实，反映的问题属实，已安排整改。');
      else if (state === 'RECTIFYING') this.move(stored, { move: 'rectify' }, actor, '已按评价意见完成整改。');
      else if (state === 'RECTIFIED') {
        const event = this.move(
          stored,
          { move: 'answer', satisfied: true, via: 'office' },
          actor,
          '电话回访，群众表示满意。',
        );
        stored.view.case!.answer = { satisfied: true, via: 'office', at: event!.at };
      } else break;
    }
    if (moved === 0)
      return {
        status: 409,
        msg: stored.view.case ? `the case is ${stored.view.case.state} and cannot move` : 'this evaluation has no case',
      };
    return { ok: this.answer(stored) };
  }

  listing(): EvaluationListing[] {
    return [...this.byId.values()].map(({ view, key, submission }) => ({
      evaluation_id: view.evaluation_id,
      idempotency_key: key,
      receipts: submission.receipts,
      level: view.level,
      object_type: view.object.type,
      object_ref:
        view.object.type === 'affair' ? view.object.application_no : (view.object.booking_ref ?? view.object.center_id),
      case_state: view.case?.state ?? null,
      agent: view.agent,
    }));
  }

  /** A deep copy, so a later move never changes an answer already handed out. */
  private answer(stored: StoredEvaluation): Evaluation {
    return structuredClone(stored.view);
  }

  private objectKey(request: EvaluationRequest): string | null {
    const o = request.object;
    if (o.type === 'affair') return `affair:${o.application_no}`;
    // QR evaluations without a booking are not limited.
    return o.booking_ref === null ? null : `window:${o.booking_ref}`;
  }

  private evaluatorActor(stored: StoredEvaluation): CaseActor {
    return { role: 'evaluator', name: stored.view.evaluator_name, office: null };
  }

  private notAllowed(stored: StoredEvaluation, action: string): Outcome<Evaluation> {
    const state = stored.view.case?.state;
    const where = state ? `the case is ${state}` : 'this evaluation has no case';
    return { status: 409, code: NOT_ALLOWED, msg: `${action} is not allowed: ${where}` };
  }

  /** A new case in VERIFYING with its `opened` event; it replaces a closed one. */
  private open(stored: StoredEvaluation): void {
    const at = isoShanghai(this.clock());
    const caseNo = this.newId(`CP${day(at)}`, 8, this.caseNos);
    this.caseNos.add(caseNo);
    stored.view.case = {
      case_no: caseNo,
      state: OPENED.state,
      opened_at: at,
      reopened: OPENED.reopened,
      answer: null,
      appeal: null,
      events: [],
    };
    stored.resume = OPENED.resume;
    this.record(stored, stored.view.case, 'opened', { role: 'system', name: null, office: null }, NOTES.opened);
  }

  /** Applies a move if the case allows it; the event recorded, or null (no case, or not allowed). */
  private move(stored: StoredEvaluation, move: CaseMove, actor: CaseActor, note: string): CaseEvent | null {
    const c = stored.view.case;
    if (!c) return null;
    const facts: CaseFacts = {
      state: c.state,
      reopened: c.reopened,
      appealed: c.appeal !== null,
      resume: stored.resume,
    };
    const next = transition(facts, move);
    if (!next) return null;
    c.state = next.facts.state;
    c.reopened = next.facts.reopened;
    stored.resume = next.facts.resume;
    return this.record(stored, c, next.kind, actor, note);
  }

  private record(
    stored: StoredEvaluation,
    c: EvaluationCase,
    kind: CaseEvent['kind'],
    actor: CaseActor,
    note: string,
  ): CaseEvent {
    const seq = c.events.length + 1;
    const event: CaseEvent = {
      event_id: `${c.case_no}-${String(seq).padStart(3, '0')}`,
      seq,
      kind,
      state: c.state,
      at: isoShanghai(this.clock()),
      actor,
      note,
    };
    c.events.push(event);
    this.onEvent(stored.view.evaluation_id, c.case_no, structuredClone(event));
    return event;
  }

  /** prefix + `n` random digits, not yet in `taken`. */
  private newId(prefix: string, n: number, taken: { has(id: string): boolean }): string {
    for (;;) {
      const id = prefix + digits(n);
      if (!taken.has(id)) return id;
    }
  }
}
