import type { QueueItem } from '@zsb/contracts';
import { byUrgency, isOverdue, stateOf } from './queue-rules';

const item = (over: Partial<QueueItem>): QueueItem => ({
  kind: 'case',
  id: 'x',
  number: 'BC1',
  centerId: 'C1',
  centerName: '某中心',
  title: '某事项',
  state: '已受理',
  open: true,
  filedAt: '2026-11-01T09:00:00+08:00',
  dueOn: '2026-11-10',
  overdue: false,
  assignee: null,
  ...over,
});

describe('queue rules', () => {
  it('names each kind’s states and knows which are still open', () => {
    expect(stateOf('review', 'RECTIFYING')).toEqual({ name: '整改中', open: true });
    expect(stateOf('review', 'FOLLOWED_UP').open).toBe(false);
    expect(stateOf('review', null)).toEqual({ name: '待建工单', open: true });
    expect(stateOf('case', 'answered')).toEqual({ name: '已答复', open: false });
    expect(stateOf('home-visit', 'requested')).toEqual({ name: '待安排', open: true });
  });

  it('is late only while open after its last day', () => {
    expect(isOverdue(true, '2026-11-10', '2026-11-11')).toBe(true);
    expect(isOverdue(true, '2026-11-10', '2026-11-10')).toBe(false);
    expect(isOverdue(false, '2026-11-10', '2026-11-20')).toBe(false);
    expect(isOverdue(true, null, '2026-11-20')).toBe(false);
  });

  it('orders overdue first, then open, then the earliest due, then the oldest', () => {
    const list = [
      item({ id: 'closed', open: false, dueOn: '2026-11-01' }),
      item({ id: 'later', dueOn: '2026-11-20' }),
      item({ id: 'late', overdue: true, dueOn: '2026-11-05' }),
      item({ id: 'undated', dueOn: null }),
      item({ id: 'sooner', dueOn: '2026-11-12' }),
    ];
    expect(list.sort(byUrgency).map((i) => i.id)).toEqual(['late', 'sooner', 'later', 'undated', 'closed']);
  });
});
