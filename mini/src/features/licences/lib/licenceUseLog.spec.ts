import { describe, expect, it } from '@jest/globals';
import type { LicenceUse } from '@zsb/contracts';
import { actorText, formatBeijingTime, newestFirst, toUseLogLine } from './licenceUseLog';

const NOW = Date.parse('2025-11-23T12:00:00+08:00');

const use = (over: Partial<LicenceUse>): LicenceUse => ({
  id: 'u1',
  licenceId: 'l1',
  typeName: '居民身份证',
  action: 'read',
  actor: 'self',
  purpose: '查看证照',
  at: '2025-11-23T14:05:00+08:00',
  ...over,
});

describe('use log lines', () => {
  it('shows the time on the Beijing clock, whatever offset the server wrote', () => {
    expect(formatBeijingTime('2025-11-23T14:05:00+08:00', NOW)).toBe('11月23日 14:05');
    expect(formatBeijingTime('2025-11-23T06:05:00Z', NOW)).toBe('11月23日 14:05');
    // 23:30 UTC is already the next morning in Beijing.
    expect(formatBeijingTime('2025-11-22T23:30:00Z', NOW)).toBe('11月23日 07:30');
  });

  it('adds the year to a line from another year', () => {
    expect(formatBeijingTime('2024-12-31T09:00:00+08:00', NOW)).toBe('2024年12月31日 09:00');
    expect(formatBeijingTime('nonsense', NOW)).toBe('时间未知');
  });

  it('says who used the licence: the resident, a verifier by masked name, or an application', () => {
    expect(actorText({ actor: 'self' })).toBe('本人');
    expect(actorText({ actor: 'verifier', actorNameMasked: '张*' })).toBe('核验方 张*');
    expect(actorText({ actor: 'verifier' })).toBe('核验方');
    expect(actorText({ actor: 'application' })).toBe('办件');
  });

  it('turns one record into a line with the action in Chinese', () => {
    expect(
      toUseLogLine(
        use({ action: 'verify', actor: 'verifier', actorNameMasked: '李*', purpose: '扫码核验亮证码' }),
        NOW,
      ),
    ).toEqual({
      id: 'u1',
      when: '11月23日 14:05',
      typeName: '居民身份证',
      action: '核验',
      byOthers: true,
      who: '核验方 李*',
      purpose: '扫码核验亮证码',
    });
    expect(toUseLogLine(use({ action: 'display' }), NOW).action).toBe('出示');
    expect(toUseLogLine(use({ action: 'use', actor: 'application' }), NOW)).toMatchObject({
      action: '办件使用',
      who: '办件',
    });
    expect(toUseLogLine(use({}), NOW)).toMatchObject({ action: '查看', who: '本人', byOthers: false });
  });

  it('lists the newest first and unreadable times last', () => {
    const items = [
      use({ id: 'old', at: '2025-11-01T08:00:00+08:00' }),
      use({ id: 'bad', at: '' }),
      use({ id: 'new', at: '2025-11-23T08:00:00+08:00' }),
      use({ id: 'mid', at: '2025-11-10T00:00:00Z' }),
    ];
    expect(newestFirst(items).map((u) => u.id)).toEqual(['new', 'mid', 'old', 'bad']);
    expect(items[0].id).toBe('old');
  });
});
