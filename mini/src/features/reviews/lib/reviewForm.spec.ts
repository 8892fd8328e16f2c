import { describe, expect, it } from '@jest/globals';
import type { Review } from '@zsb/contracts';
import {
  buildRequest,
  buildRevision,
  EMPTY_FORM,
  formFromReview,
  indicatorSetFor,
  isComplete,
  missingText,
  subjectFromParams,
  toggleReason,
  type ReviewForm,
} from './reviewForm';

const windowAll5 = { overall: 5, efficiency: 5, service: 5, attitude: 5 } as const;

describe('what the 评价 page rates', () => {
  it('reads an application, a visit or a window QR from the query', () => {
    expect(subjectFromParams({ application: 'A1' })).toEqual({ kind: 'application', id: 'A1' });
    expect(subjectFromParams({ visit: 'B1' })).toEqual({ kind: 'visit', id: 'B1' });
    expect(subjectFromParams({ center: 'C1' })).toEqual({ kind: 'window', centerId: 'C1' });
    expect(subjectFromParams({})).toBeNull();
  });

  it('asks the online indicators for an application and the window ones for visits and windows', () => {
    expect(indicatorSetFor('application')).toBe('online-2019');
    expect(indicatorSetFor('visit')).toBe('window-2019');
    expect(indicatorSetFor('window')).toBe('window-2019');
  });
});

describe('the 提交 button', () => {
  it('stays disabled on the empty form: nothing is chosen for the resident', () => {
    expect(EMPTY_FORM.level).toBeNull();
    expect(EMPTY_FORM.indicators).toEqual({});
    expect(isComplete(EMPTY_FORM, 'window-2019')).toBe(false);
    expect(missingText(EMPTY_FORM, 'window-2019')).toBe('还要选：总体评价、4 项具体评价');
  });

  it('stays disabled until every indicator of the set has a level', () => {
    const form: ReviewForm = { ...EMPTY_FORM, level: 5, indicators: { overall: 5, efficiency: 4, service: 4 } };
    expect(isComplete(form, 'window-2019')).toBe(false);
    expect(missingText(form, 'window-2019')).toBe('还要选：1 项具体评价');
    expect(isComplete({ ...form, indicators: windowAll5 }, 'window-2019')).toBe(true);
  });

  it('needs at least one reason for 不满意 and 非常不满意', () => {
    const bad: ReviewForm = { ...EMPTY_FORM, level: 2, indicators: windowAll5 };
    expect(isComplete(bad, 'window-2019')).toBe(false);
    expect(missingText(bad, 'window-2019')).toBe('还要选：不满意的原因');
    expect(isComplete({ ...bad, level: 1, reasons: ['slow'] }, 'window-2019')).toBe(true);
  });

  it('refuses text over 500 characters, counted as the resident counts them', () => {
    const bad: ReviewForm = { ...EMPTY_FORM, level: 1, indicators: windowAll5, reasons: ['other'] };
    expect(isComplete({ ...bad, content: '慢'.repeat(500) }, 'window-2019')).toBe(true);
    expect(isComplete({ ...bad, content: '慢'.repeat(501) }, 'window-2019')).toBe(false);
    expect(isComplete({ ...bad, content: '😀'.repeat(500) }, 'window-2019')).toBe(true);
  });
});

describe('the request', () => {
  it('carries the subject, the level, every indicator and a 差评’s reasons, text and photos', () => {
    const form: ReviewForm = {
      level: 1,
      indicators: windowAll5,
      reasons: ['attitude', 'slow'],
      content: '  等了两个小时  ',
      photos: ['u1', 'u2', 'u3', 'u4'],
    };
    expect(buildRequest({ kind: 'window', centerId: 'C1' }, form, 'window-2019')).toEqual({
      subject: { kind: 'window', centerId: 'C1' },
      level: 1,
      indicators: windowAll5,
      reasons: ['attitude', 'slow'],
      content: '等了两个小时',
      photos: ['u1', 'u2', 'u3'],
    });
  });

  it('drops reasons, text and photos left over when the level became a good one', () => {
    const form: ReviewForm = { level: 4, indicators: windowAll5, reasons: ['slow'], content: '慢', photos: ['u1'] };
    expect(buildRevision(form, 'window-2019')).toEqual({
      level: 4,
      indicators: windowAll5,
      reasons: [],
      content: '',
      photos: [],
    });
  });

  it('is never built from an incomplete form', () => {
    expect(() => buildRevision(EMPTY_FORM, 'online-2019')).toThrow();
  });
});

describe('修改评价', () => {
  it('starts from the review as given, without its photos', () => {
    const review = {
      level: 2,
      indicators: windowAll5,
      reasons: ['repeat_visits'],
      content: '跑了三次',
      photoCount: 2,
    } as unknown as Review;
    expect(formFromReview(review)).toEqual({
      level: 2,
      indicators: windowAll5,
      reasons: ['repeat_visits'],
      content: '跑了三次',
      photos: [],
    });
  });

  it('reasons toggle on and off', () => {
    expect(toggleReason(['slow'], 'other')).toEqual(['slow', 'other']);
    expect(toggleReason(['slow', 'other'], 'slow')).toEqual(['other']);
  });
});
