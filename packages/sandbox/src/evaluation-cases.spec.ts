import { isOpen, OPENED, transition, type CaseFacts, type CaseMove } from './evaluation-cases';
import { CASE_STATES, type CaseState } from './evaluation-wire';

const facts = (state: CaseState, more: Partial<CaseFacts> = {}): CaseFacts => ({ ...OPENED, state, ...more });

/** Plays moves from a new case; the state after each, or 'refused' where a move is not allowed. */
function play(...moves: CaseMove[]): (CaseState | 'refused')[] {
  let current: CaseFacts = OPENED;
  return moves.map((move) => {
    const next = transition(current, move);
    if (!next) return 'refused';
    current = next.facts;
    return current.state;
  });
}

const verify: CaseMove = { move: 'verify' };
const rectify: CaseMove = { move: 'rectify' };
const satisfied: CaseMove = { move: 'answer', satisfied: true, via: 'evaluator' };
const unsatisfied: CaseMove = { move: 'answer', satisfied: false, via: 'evaluator' };
const followUpUnsatisfied: CaseMove = { move: 'answer', satisfied: false, via: 'office' };
const appeal: CaseMove = { move: 'appeal' };
const claim: CaseMove = { move: 'claim_unrectifiable' };
const decideAppeal = (upheld: boolean): CaseMove => ({ move: 'decide_appeal', upheld });
const decideClaim = (upheld: boolean): CaseMove => ({ move: 'decide_unrectifiable', upheld });

describe('evaluation cases: the state machine', () => {
  it('opens in VERIFYING, not reopened, with nothing waiting for a reviewer', () => {
    expect(OPENED).toEqual({ state: 'VERIFYING', reopened: false, appealed: false, resume: null });
  });

  it('goes 核实 → 整改 → 回访 and closes on a satisfied answer', () => {
    expect(play(verify, rectify, satisfied)).toEqual(['RECTIFYING', 'RECTIFIED', 'FOLLOWED_UP']);
    expect(transition(facts('RECTIFIED'), satisfied)?.kind).toBe('answered');
    expect(transition(facts('RECTIFIED'), { move: 'answer', satisfied: true, via: 'office' })?.kind).toBe(
      'followed_up',
    );
  });

  it('reopens on the first unsatisfied answer and closes unsatisfied on the second', () => {
    expect(play(verify, rectify, unsatisfied, rectify, followUpUnsatisfied)).toEqual([
      'RECTIFYING',
      'RECTIFIED',
      'RECTIFYING',
      'RECTIFIED',
      'FOLLOWED_UP',
    ]);
    const first = transition(facts('RECTIFIED'), unsatisfied);
    expect(first).toEqual({ facts: facts('RECTIFYING', { reopened: true }), kind: 'reopened' });
    const second = transition(facts('RECTIFIED', { reopened: true }), followUpUnsatisfied);
    expect(second).toEqual({ facts: facts('FOLLOWED_UP', { reopened: true }), kind: 'followed_up' });
  });

  it('takes one appeal per case, from VERIFYING or RECTIFYING, and a rejection goes back where it was', () => {
    expect(play(appeal, decideAppeal(false), appeal)).toEqual(['APPEALING', 'VERIFYING', 'refused']);
    expect(play(verify, appeal, decideAppeal(false), rectify)).toEqual([
      'RECTIFYING',
      'APPEALING',
      'RECTIFYING',
      'RECTIFIED',
    ]);
    expect(play(verify, appeal, decideAppeal(true))).toEqual(['RECTIFYING', 'APPEALING', 'INVALID']);
    expect(play(verify, rectify, appeal)).toEqual(['RECTIFYING', 'RECTIFIED', 'refused']);
    expect(transition(facts('VERIFYING'), appeal)?.kind).toBe('appealed');
    expect(transition(facts('APPEALING', { resume: 'VERIFYING', appealed: true }), decideAppeal(true))?.kind).toBe(
      'appeal_decided',
    );
  });

  it('reviews a 无法整改 claim: upheld ends UNRECTIFIABLE, rejected goes back to RECTIFYING', () => {
    expect(play(verify, claim, decideClaim(true))).toEqual(['RECTIFYING', 'UNRECTIFIABLE_REVIEW', 'UNRECTIFIABLE']);
    expect(play(verify, claim, decideClaim(false), claim)).toEqual([
      'RECTIFYING',
      'UNRECTIFIABLE_REVIEW',
      'RECTIFYING',
      'UNRECTIFIABLE_REVIEW',
    ]);
    expect(play(claim)).toEqual(['refused']);
    expect(transition(facts('RECTIFYING'), claim)?.kind).toBe('unrectifiable_claimed');
    expect(transition(facts('UNRECTIFIABLE_REVIEW', { resume: 'RECTIFYING' }), decideClaim(true))?.kind).toBe(
      'unrectifiable_decided',
    );
  });

  it('withdraws only before 整改 is recorded', () => {
    expect(transition(facts('VERIFYING'), { move: 'withdraw' })).toEqual({
      facts: facts('WITHDRAWN'),
      kind: 'withdrawn',
    });
    expect(transition(facts('RECTIFYING'), { move: 'withdraw' })?.facts.state).toBe('WITHDRAWN');
    for (const state of CASE_STATES.filter((s) => s !== 'VERIFYING' && s !== 'RECTIFYING'))
      expect(transition(facts(state), { move: 'withdraw' })).toBeNull();
  });

  // Every (state, move) pair: exactly the contract's table is allowed, everything else is refused.
  const allowed: Record<CaseState, string[]> = {
    VERIFYING: ['verify', 'appeal', 'withdraw'],
    RECTIFYING: ['rectify', 'appeal', 'claim_unrectifiable', 'withdraw'],
    RECTIFIED: ['answer'],
    FOLLOWED_UP: [],
    APPEALING: ['decide_appeal'],
    INVALID: [],
    UNRECTIFIABLE_REVIEW: ['decide_unrectifiable'],
    UNRECTIFIABLE: [],
    WITHDRAWN: [],
  };
  const moves: CaseMove[] = [
    verify,
    rectify,
    satisfied,
    appeal,
    claim,
    decideAppeal(true),
    decideClaim(true),
    { move: 'withdraw' },
  ];
  it.each(CASE_STATES)('allows in %s only what the contract lists', (state) => {
    const resume: CaseState | null = state === 'APPEALING' || state === 'UNRECTIFIABLE_REVIEW' ? 'RECTIFYING' : null;
    const ok = moves.filter((m) => transition(facts(state, { resume }), m) !== null).map((m) => m.move);
    expect(ok.sort()).toEqual([...allowed[state]].sort());
  });

  it('counts as open exactly the states that wait for someone', () => {
    expect(CASE_STATES.filter(isOpen)).toEqual([
      'VERIFYING',
      'RECTIFYING',
      'RECTIFIED',
      'APPEALING',
      'UNRECTIFIABLE_REVIEW',
    ]);
  });
});
