import { describe, expect, it } from '@jest/globals';
import {
  buildCaseRequest,
  buildConsultRequest,
  caseMissingText,
  emptyCaseForm,
  isCaseComplete,
  kindFromParam,
  linksFromParams,
  textProblem,
} from './feedbackForm';

describe('反映办不成事: what it is about', () => {
  it('takes only the links the page was given, blank ones dropped', () => {
    expect(linksFromParams({ applicationId: 'a1', bookingId: '', kind: 'other' })).toEqual({ applicationId: 'a1' });
    expect(linksFromParams({})).toEqual({});
  });

  it('chooses a kind only when a real one is passed', () => {
    expect(kindFromParam('window_failed')).toBe('window_failed');
    expect(kindFromParam('complaint')).toBeNull();
    expect(kindFromParam(undefined)).toBeNull();
  });
});

describe('反映办不成事: 提交 waits for', () => {
  it('a kind and 5 to 1000 characters, and says what is left', () => {
    const blank = emptyCaseForm();
    expect(isCaseComplete(blank)).toBe(false);
    expect(caseMissingText(blank)).toBe('还要：选择遇到的问题，写清楚情况');
    const kindOnly = { ...blank, kind: 'online_failed' as const, text: '提交不了' };
    expect(isCaseComplete(kindOnly)).toBe(false);
    expect(caseMissingText(kindOnly)).toBe('还要：写清楚情况（至少写 5 个字，还差 1 个字）');
    const textOnly = { ...blank, text: '窗口说系统坏了' };
    expect(caseMissingText(textOnly)).toBe('还要：选择遇到的问题');
    expect(isCaseComplete({ ...textOnly, kind: 'window_failed' })).toBe(true);
  });

  it('counts what the resident wrote, not the spaces around it, and an emoji as one', () => {
    expect(textProblem('  四个字啊  ')).toBe('至少写 5 个字，还差 1 个字');
    expect(textProblem('😀😀😀😀😀')).toBeNull();
    expect(textProblem('字'.repeat(1000))).toBeNull();
    expect(textProblem('字'.repeat(1003))).toBe('最多 1000 个字，请删去 3 个字');
    expect(textProblem('')).toBe('请写一写情况');
  });
});

describe('the request sent', () => {
  it('is a case with its kind, trimmed words, at most 3 photos and the links', () => {
    const form = { kind: 'repeat_visits' as const, text: ' 跑了三趟还没办完 ', photos: ['u1', 'u2', 'u3', 'u4'] };
    expect(buildCaseRequest({ bookingId: 'b1' }, form)).toEqual({
      type: 'case',
      kind: 'repeat_visits',
      bookingId: 'b1',
      text: '跑了三趟还没办完',
      photos: ['u1', 'u2', 'u3'],
    });
  });

  it('is never built from an incomplete form', () => {
    expect(() => buildCaseRequest({}, emptyCaseForm())).toThrow();
    expect(() => buildConsultRequest('', '这个事能在手机上办吗')).toThrow();
    expect(() => buildConsultRequest('M1', '能办吗')).toThrow();
  });

  it('is a question about its matter, with no kind and no photos', () => {
    expect(buildConsultRequest('M1', '这个事能在手机上办吗？')).toEqual({
      type: 'consultation',
      matterCode: 'M1',
      text: '这个事能在手机上办吗？',
      photos: [],
    });
  });
});
