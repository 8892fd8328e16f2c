import type { ReviewRevision } from '@zsb/contracts';
import { byDeadline } from '../calendar/deadline-order';
import { caseDeadlines, caseOverdue, mayAnswer, ratingOpenUntil, ratingProblems } from './review-rules';

const all = (level: 1 | 2 | 3 | 4 | 5) => ({ overall: level, efficiency: level, service: level, attitude: level });
const rating = (over: Partial<ReviewRevision> = {}): ReviewRevision => ({
  level: 4,
  indicators: all(4),
  reasons: [],
  content: '',
  photos: [],
  ...over,
});

describe('ratingProblems', () => {
  it('takes a complete rating of any of the five levels', () => {
    for (const level of [3, 4, 5] as const) expect(ratingProblems(rating({ level }), 'window-2019')).toEqual([]);
    for (const level of [1, 2] as const)
      expect(ratingProblems(rating({ level, reasons: ['attitude'] }), 'window-2019')).toEqual([]);
  });

  it('asks a 差评 for a reason, and refuses reasons on a good rating', () => {
    expect(ratingProblems(rating({ level: 2 }), 'window-2019')).toEqual([
      { field: 'reasons', message: '请选择不满意的原因（可多选），方便我们整改' },
    ]);
    expect(ratingProblems(rating({ level: 5, reasons: ['slow'] }), 'window-2019')[0].field).toBe('reasons');
    expect(ratingProblems(rating({ level: 1, reasons: ['slow', 'slow'] }), 'window-2019')[0].field).toBe('reasons');
  });

  it('fills nothing in: every indicator of the channel must be chosen', () => {
    const { attitude: _left, ...three } = all(4);
    expect(ratingProblems(rating({ indicators: three }), 'window-2019')).toEqual([
      { field: 'indicators.attitude', message: '请为“服务态度”选择满意程度' },
    ]);
    // The window's indicators are not the online set's.
    expect(ratingProblems(rating(), 'online-2019').map((p) => p.field)).toEqual(
      expect.arrayContaining(['indicators.guide', 'indicators.service']),
    );
  });

  it('refuses a level that is not one of the five, long text and a fourth photo', () => {
    const fields = ratingProblems(
      rating({ level: 6 as 5, content: '很'.repeat(501), photos: ['a', 'b', 'c', 'd'] }),
      'window-2019',
    ).map((p) => p.field);
    expect(fields).toEqual(['level', 'content', 'photos']);
    expect(ratingProblems(rating({ content: '很'.repeat(500) }), 'window-2019')).toEqual([]);
  });
});

describe('deadlines', () => {
  const calendar = {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-10-10'],
  };

  it('counts working days over the National Day holiday and its 调休 Saturday', () => {
    // Filed Tuesday 29 September: 30 Sep is the one working day before the holiday.
    expect(caseDeadlines('2026-09-29', calendar, { verifyDays: 1, rectifyDays: 15 })).toEqual({
      verifyDue: '2026-09-30',
      rectifyDue: '2026-10-26', // 30 Sep, 8–10 Oct (Saturday 10th is a working day), then 12–26 Oct
    });
    // Filed on the eve of the holiday: 回访 falls due on Thursday 8 October, after it.
    expect(caseDeadlines('2026-09-30', calendar, { verifyDays: 1, rectifyDays: 5 }).verifyDue).toBe('2026-10-08');
  });

  it('flags a case still waiting after its deadline, and not one a reviewer is deciding', () => {
    const d = { verifyDue: '2026-10-08', rectifyDue: '2026-10-22' };
    expect(caseOverdue('VERIFYING', d, '2026-10-08')).toBe(false);
    expect(caseOverdue('VERIFYING', d, '2026-10-09')).toBe(true);
    expect(caseOverdue('RECTIFYING', d, '2026-10-09')).toBe(false);
    expect(caseOverdue('RECTIFYING', d, '2026-10-23')).toBe(true);
    expect(caseOverdue('APPEALING', d, '2026-12-01')).toBe(false);
    expect(caseOverdue('RECTIFIED', d, '2026-12-01')).toBe(false);
  });
});

describe('answers and order', () => {
  it('lets the resident answer once per round, two rounds at most', () => {
    expect(mayAnswer('RECTIFIED', 0, false)).toBe(true);
    expect(mayAnswer('RECTIFIED', 1, false)).toBe(false);
    expect(mayAnswer('RECTIFIED', 1, true)).toBe(true);
    expect(mayAnswer('RECTIFIED', 2, true)).toBe(false);
    expect(mayAnswer('RECTIFYING', 0, false)).toBe(false);
  });

  it('puts overdue cases first, then the nearest deadline', () => {
    const at = new Date('2026-10-01T00:00:00Z');
    const cases = [
      { id: 'later', overdue: false, due: '2026-10-20', openedAt: at },
      { id: 'late', overdue: true, due: '2026-10-30', openedAt: at },
      { id: 'sooner', overdue: false, due: '2026-10-10', openedAt: at },
    ];
    expect(cases.sort(byDeadline).map((c) => c.id)).toEqual(['late', 'sooner', 'later']);
  });

  it('keeps a service open to rating for the configured days', () => {
    expect(ratingOpenUntil(new Date('2026-10-01T08:00:00Z'), 30).toISOString()).toBe('2026-10-31T08:00:00.000Z');
  });
});
