import { nextState, scheduleProblem } from './home-visit-rules';

it('moves a request only by the steps it is waiting for', () => {
  expect(nextState('requested', 'accept')).toBe('accepted');
  expect(nextState('requested', 'done')).toBeNull(); // not arranged yet
  expect(nextState('accepted', 'done')).toBe('done');
  expect(nextState('accepted', 'decline')).toBe('declined');
  expect(nextState('accepted', 'cancel')).toBe('cancelled');
  for (const ended of ['declined', 'done', 'cancelled'] as const)
    for (const step of ['accept', 'decline', 'done', 'cancel'] as const) expect(nextState(ended, step)).toBeNull();
});

it('arranges visits in the next 30 days only', () => {
  const now = new Date('2026-12-08T02:00:00Z');
  expect(scheduleProblem(new Date('2026-12-09T01:00:00Z'), now)).toBeNull();
  expect(scheduleProblem(new Date('2026-12-08T01:00:00Z'), now)).toContain('之后');
  expect(scheduleProblem(new Date('2027-01-08T03:00:00Z'), now)).toContain('30 天');
  expect(scheduleProblem(new Date('nonsense'), now)).toContain('不正确');
});
