import type { CaseEventKind, CaseState } from './evaluation-wire';

// The 差评 case's state machine, without storage or HTTP: which move is allowed in which state, and where it
// leads. evaluation-state.ts applies a transition (stamps the event, the actor and the note).

/** What decides the next move: the state, and what the case has already used up. */
export interface CaseFacts {
  state: CaseState;
  /** 不满意 after 整改 sent it back once; the next 不满意 closes it. */
  reopened: boolean;
  /** An appeal was made (at most one per case). */
  appealed: boolean;
  /** Where a rejected appeal or 无法整改 claim goes back to; null when nothing waits for a reviewer. */
  resume: CaseState | null;
}

export type CaseMove =
  | { move: 'verify' | 'rectify' | 'claim_unrectifiable' | 'appeal' | 'withdraw' }
  | { move: 'decide_appeal' | 'decide_unrectifiable'; upheld: boolean }
  /** 追评 (via the evaluator) or 回访 (staff record the resident's answer): the same rule. */
  | { move: 'answer'; satisfied: boolean; via: 'evaluator' | 'office' };

export interface Transition {
  facts: CaseFacts;
  /** The event the move records. */
  kind: CaseEventKind;
}

/** A new case: 已受理，核实中. */
export const OPENED: CaseFacts = Object.freeze({ state: 'VERIFYING', reopened: false, appealed: false, resume: null });

/** Before 整改 is recorded: the states an appeal may leave from and a revision to 3–5 withdraws. */
const BEFORE_RECTIFIED: ReadonlySet<CaseState> = new Set(['VERIFYING', 'RECTIFYING']);

/** States that wait for someone; a revision to 1–2 opens a new case only when the case is in none of them. */
const OPEN: ReadonlySet<CaseState> = new Set([
  'VERIFYING',
  'RECTIFYING',
  'RECTIFIED',
  'APPEALING',
  'UNRECTIFIABLE_REVIEW',
]);

export const isOpen = (state: CaseState): boolean => OPEN.has(state);

const to = (facts: CaseFacts, kind: CaseEventKind, change: Partial<CaseFacts>): Transition => ({
  facts: { ...facts, ...change },
  kind,
});

/** Where `move` takes a case in `facts`, or null when it is not allowed there (a 409 40901). */
export function transition(facts: CaseFacts, move: CaseMove): Transition | null {
  const { state } = facts;
  switch (move.move) {
    case 'verify':
      return state === 'VERIFYING' ? to(facts, 'verified', { state: 'RECTIFYING' }) : null;
    case 'rectify':
      return state === 'RECTIFYING' ? to(facts, 'rectified', { state: 'RECTIFIED' }) : null;
    case 'answer': {
      if (state !== 'RECTIFIED') return null;
      const kind = move.via === 'evaluator' ? 'answered' : 'followed_up';
      if (move.satisfied || facts.reopened) return to(facts, kind, { state: 'FOLLOWED_UP' });
      return to(facts, 'reopened', { state: 'RECTIFYING', reopened: true });
    }
    case 'appeal':
      if (!BEFORE_RECTIFIED.has(state) || facts.appealed) return null;
      return to(facts, 'appealed', { state: 'APPEALING', appealed: true, resume: state });
    case 'decide_appeal':
      if (state !== 'APPEALING' || facts.resume === null) return null;
      return to(facts, 'appeal_decided', { state: move.upheld ? 'INVALID' : facts.resume, resume: null });
    case 'claim_unrectifiable':
      if (state !== 'RECTIFYING') return null;
      return to(facts, 'unrectifiable_claimed', { state: 'UNRECTIFIABLE_REVIEW', resume: state });
    case 'decide_unrectifiable':
      if (state !== 'UNRECTIFIABLE_REVIEW') return null;
      return to(facts, 'unrectifiable_decided', { state: move.upheld ? 'UNRECTIFIABLE' : 'RECTIFYING', resume: null });
    case 'withdraw':
      return BEFORE_RECTIFIED.has(state) ? to(facts, 'withdrawn', { state: 'WITHDRAWN' }) : null;
  }
}
