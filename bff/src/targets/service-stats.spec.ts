import { serviceStats, type FeedbackFact, type ReviewFact } from './service-stats';

const who = { centerId: 'C1', centerName: '繁阳街道便民服务中心' };
const review = (over: Partial<ReviewFact> = {}): ReviewFact => ({
  subjectKind: 'application',
  level: 5,
  caseState: null,
  events: [],
  rectifyDue: null,
  satisfied: null,
  ...over,
});
const badCase = (state: ReviewFact['caseState'], rectifiedAt: string | null, satisfied: boolean | null): ReviewFact =>
  review({
    level: 1,
    caseState: state,
    events: rectifiedAt
      ? [
          { kind: 'opened', at: '2026-11-02T09:00:00+08:00' },
          { kind: 'rectified', at: rectifiedAt },
        ]
      : [],
    rectifyDue: '2026-11-20',
    satisfied,
  });

describe('serviceStats', () => {
  it('counts 主动评价率 over the services given, and QR ratings apart', () => {
    const services = [
      { id: 'a1', kind: 'application' as const },
      { id: 'a2', kind: 'application' as const },
      { id: 'v1', kind: 'visit' as const },
      { id: 'v2', kind: 'visit' as const },
      { id: 'v3', kind: 'visit' as const },
    ];
    const s = serviceStats(who, {
      services,
      rated: new Set(['a1', 'v1', 'v3']),
      reviews: [review(), review({ subjectKind: 'window' })],
      feedback: [],
    });
    expect(s).toMatchObject({ services: 5, evaluated: 3, activeRate: 0.6, unratedRate: 0.4, windowQrReviews: 1 });
    expect(s.defaultApplied).toBe(0);
    expect(serviceStats(who, { services: [], rated: new Set(), reviews: [], feedback: [] }).activeRate).toBeNull();
  });

  it('leaves a 差评 found 无效 on 申诉 out of every count but its own', () => {
    const s = serviceStats(who, {
      services: [],
      rated: new Set(),
      reviews: [review(), review({ level: 4 }), badCase('INVALID', null, null)],
      feedback: [],
    });
    expect(s).toMatchObject({ reviews: 2, bad: 0, invalid: 1, goodRate: 1 });
  });

  it('measures 整改率 and 按期整改率 against the 整改 deadline, and 回访 over what was rectified', () => {
    const s = serviceStats(who, {
      services: [],
      rated: new Set(),
      reviews: [
        badCase('FOLLOWED_UP', '2026-11-10T10:00:00+08:00', true), // on time, satisfied
        badCase('FOLLOWED_UP', '2026-11-21T09:00:00+08:00', false), // a day late, not satisfied
        badCase('RECTIFIED', '2026-11-20T23:30:00+08:00', null), // the last evening counts; no answer yet
        badCase('RECTIFYING', null, null), // not yet
        badCase('UNRECTIFIABLE', null, null), // upheld: out of the base
        review({ level: 3 }),
      ],
      feedback: [],
    });
    expect(s).toMatchObject({
      reviews: 6,
      bad: 5,
      goodRate: 0.1667,
      rectified: 3,
      rectifiable: 4,
      rectifyRate: 0.75,
      rectifiedOnTime: 2,
      onTimeRate: 0.5,
      followedUp: 2,
      followUpRate: 0.6667,
      satisfied: 1,
      satisfiedRate: 0.5,
    });
  });

  it('counts 办不成事 and 咨询 answered by the end of their last day', () => {
    const f = (type: FeedbackFact['type'], answeredAt: string | null): FeedbackFact => ({
      type,
      due: '2026-11-05',
      answeredAt: answeredAt ? new Date(answeredAt) : null,
    });
    const s = serviceStats(who, {
      services: [],
      rated: new Set(),
      reviews: [],
      feedback: [
        f('case', '2026-11-05T23:59:00+08:00'),
        f('case', '2026-11-06T08:00:00+08:00'),
        f('case', null),
        f('consultation', '2026-11-01T10:00:00+08:00'),
      ],
    });
    expect(s.cases).toEqual({ received: 3, answered: 2, answeredOnTime: 1 });
    expect(s.consultations).toEqual({ received: 1, answered: 1, answeredOnTime: 1 });
  });
});
