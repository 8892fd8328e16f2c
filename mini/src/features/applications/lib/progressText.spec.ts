import { describe, expect, it } from '@jest/globals';
import type { ApplicationSummary } from '@zsb/contracts';
import { notificationTarget } from '@/lib/notificationTarget';
import { draftStepText, queryProblem, sortApplications, statusChip } from './progressText';

const app = (over: Partial<ApplicationSummary>): ApplicationSummary => ({
  id: 'a',
  matterCode: 'c',
  matterName: '社会保障卡补领',
  status: 'review',
  statusLabel: '审查',
  number: 'HN1',
  submittedAt: '2026-05-01T09:00:00+08:00',
  updatedAt: '2026-05-02T09:00:00+08:00',
  promisedBy: null,
  actionNeeded: false,
  themeId: null,
  ...over,
});

describe('application progress in words', () => {
  it('marks a 补正 as waiting for the resident, and an end as good or bad news', () => {
    expect(statusChip(app({ status: 'supplement', statusLabel: '补正', actionNeeded: true }))).toEqual({
      text: '需要补正',
      tone: 'warn',
    });
    expect(statusChip(app({ status: 'completed', statusLabel: '办结' })).tone).toBe('ok');
    expect(statusChip(app({ status: 'rejected', statusLabel: '不予受理' }))).toEqual({ text: '不予受理', tone: 'bad' });
    expect(statusChip(app({ status: 'submitted', statusLabel: '已提交', number: null }))).toEqual({
      text: '已提交',
      tone: 'info',
    });
  });

  it('lists what needs the resident first, then open ones by last change, ended ones last', () => {
    const items = [
      app({ id: 'done', status: 'completed', updatedAt: '2026-05-09T00:00:00+08:00' }),
      app({ id: 'old', updatedAt: '2026-05-01T00:00:00+08:00' }),
      app({ id: 'new', updatedAt: '2026-05-05T00:00:00+08:00' }),
      app({ id: 'fix', status: 'supplement', actionNeeded: true, updatedAt: '2026-04-01T00:00:00+08:00' }),
    ];
    expect(sortApplications(items).map((a) => a.id)).toEqual(['fix', 'new', 'old', 'done']);
  });

  it('says where a draft was left', () => {
    expect(draftStepText('materials')).toBe('填到：提交材料');
    expect(draftStepText(undefined)).toBe('刚开始填写');
  });

  it('follows a notification to its application or booking, and nowhere else', () => {
    expect(notificationTarget('/applications/abc_123')).toEqual({ page: 'application', id: 'abc_123' });
    expect(notificationTarget('/bookings/b-1')).toEqual({ page: 'booking', id: 'b-1' });
    expect(notificationTarget('https://evil.example/x')).toBeNull();
    expect(notificationTarget(null)).toBeNull();
  });
});

describe('the public progress query', () => {
  it('asks for a number and a ten-digit code before asking the server (six-digit codes of old applications too)', () => {
    expect(queryProblem('', '1234567890')).toMatch(/办件编号/);
    expect(queryProblem('HN41050020260506000001', '12345')).toBe('请填写 10 位数字查询码');
    expect(queryProblem('HN41050020260506000001', '12345678')).toBe('请填写 10 位数字查询码');
    expect(queryProblem(' HN41050020260506000001 ', '1234567890')).toBeNull();
    expect(queryProblem('HN41050020260506000001', '123456')).toBeNull();
  });
});
