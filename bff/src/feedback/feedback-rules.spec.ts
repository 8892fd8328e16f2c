import type { FeedbackRequest } from '@zsb/contracts';
import { answerDays, answerDue, filingProblems, isOverdue, nextState } from './feedback-rules';

const aCase = (over: Partial<FeedbackRequest> = {}): FeedbackRequest => ({
  type: 'case',
  kind: 'repeat_visits',
  text: '为了社保卡跑了三趟窗口',
  photos: [],
  ...over,
});

describe('filingProblems', () => {
  it('takes a case of one of the six kinds and a question about a matter', () => {
    expect(filingProblems(aCase())).toEqual([]);
    expect(
      filingProblems({ type: 'consultation', matterCode: '410500-010101-001', text: '外地户口能不能办？', photos: [] }),
    ).toEqual([]);
  });

  it('asks for the kind of a case, the matter of a question, and enough words', () => {
    expect(filingProblems(aCase({ kind: undefined })).map((p) => p.field)).toEqual(['kind']);
    expect(filingProblems({ type: 'consultation', text: '能不能办', photos: [] }).map((p) => p.field)).toEqual([
      'matterCode',
      'text',
    ]);
    expect(filingProblems(aCase({ text: '   办不了 ' }))[0].message).toContain('至少 5 个字');
    expect(filingProblems(aCase({ text: '很'.repeat(1001) }))[0].field).toBe('text');
  });

  it('keeps photos to cases, three at most', () => {
    expect(filingProblems(aCase({ photos: ['a', 'b', 'c', 'd'] }))[0].field).toBe('photos');
    expect(
      filingProblems({
        type: 'consultation',
        matterCode: '410500-010101-001',
        text: '外地户口能不能办？',
        photos: ['a'],
      }),
    ).toEqual([{ field: 'photos', message: '咨询不需要上传照片' }]);
  });
});

describe('deadlines', () => {
  const days = {
    caseDays: { online_failed: 3, window_failed: 3, repeat_visits: 3, result_dispute: 10, staff_conduct: 5, other: 5 },
    consultationDays: 2,
  };
  const calendar = {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-10-10'],
  };

  it('counts per kind in working days across the National Day holiday', () => {
    expect(answerDays('case', 'result_dispute', days)).toBe(10);
    expect(answerDays('consultation', null, days)).toBe(2);
    // Filed Wednesday 30 September: 8, 9 and (the 调休) Saturday 10 October.
    expect(answerDue('2026-09-30', answerDays('case', 'repeat_visits', days), calendar)).toBe('2026-10-10');
  });

  it('is overdue from the day after the last day, unless answered', () => {
    expect(isOverdue('received', '2026-10-10', '2026-10-10')).toBe(false);
    expect(isOverdue('handling', '2026-10-10', '2026-10-11')).toBe(true);
    expect(isOverdue('answered', '2026-10-10', '2026-12-01')).toBe(false);
  });

  it('takes progress notes until it is answered, and nothing after', () => {
    expect(nextState('received', 'progress')).toBe('handling');
    expect(nextState('handling', 'answer')).toBe('answered');
    expect(nextState('received', 'answer')).toBe('answered');
    expect(nextState('answered', 'progress')).toBeNull();
  });
});
