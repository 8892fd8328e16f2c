import { describe, expect, it } from '@jest/globals';
import { reviewEntry } from './reviewEntry';

const app = { kind: 'application', id: 'A1' } as const;
const invitation = (kind: 'application' | 'visit', id: string) => ({
  subject: { kind, id },
  openUntil: '2026-06-01T18:00:00+08:00',
});
const review = (kind: 'application' | 'visit' | 'window', id: string | null) => ({
  id: `r-${id}`,
  subject: { kind, id, title: '申领居民身份证', place: null },
});

describe('the 好差评 card on an application or a visit', () => {
  it('offers 评价本次服务 while the invitation for it is open', () => {
    expect(reviewEntry([invitation('application', 'A1')], [], app)).toEqual({
      kind: 'rate',
      openUntil: '2026-06-01T18:00:00+08:00',
    });
  });

  it('offers 查看我的评价 once it has been rated, even if an invitation is still listed', () => {
    expect(reviewEntry([invitation('application', 'A1')], [review('application', 'A1')], app)).toEqual({
      kind: 'view',
      reviewId: 'r-A1',
    });
  });

  it('shows nothing for a visit with the same id, another application, or nothing open', () => {
    expect(reviewEntry([invitation('visit', 'A1')], [review('visit', 'A1')], app)).toBeNull();
    expect(reviewEntry([invitation('application', 'A2')], [review('window', null)], app)).toBeNull();
    expect(reviewEntry([], [], app)).toBeNull();
  });
});
