import type { ReviewCaseEventKind, ReviewCaseState, ServiceStats } from '@zsb/contracts';
import { isBadLevel, todayInShanghai, type LocalDate } from '@zsb/domain';

// The 好差评 and 办不成事 figures the policy assesses a center by (主动评价率 ≥ 60%, 差评 100% 整改 and 回访, answers
// 100% on time), from plain facts: pure, so every definition is tested without a database.

export interface ServiceFact {
  id: string;
  kind: 'application' | 'visit';
}

export interface ReviewFact {
  subjectKind: 'application' | 'visit' | 'window';
  level: number;
  caseState: ReviewCaseState | null;
  events: { kind: ReviewCaseEventKind; at: string }[];
  /** The last day to rectify, from the case's opening (null without a case). */
  rectifyDue: LocalDate | null;
  /** The resident's last answer to a rectification, from the evaluator's 追评 or the office's 回访. */
  satisfied: boolean | null;
}

export interface FeedbackFact {
  type: 'case' | 'consultation';
  due: LocalDate;
  answeredAt: Date | null;
}

const ratio = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 10_000) / 10_000);

export interface StatsFacts {
  services: readonly ServiceFact[];
  /** Which services were rated (at any time). */
  rated: ReadonlySet<string>;
  reviews: readonly ReviewFact[];
  feedback: readonly FeedbackFact[];
}

export function serviceStats(
  who: { centerId: string | null; centerName: string },
  { services, rated: ratedServiceIds, reviews, feedback }: StatsFacts,
): ServiceStats {
  const evaluated = services.filter((s) => ratedServiceIds.has(s.id)).length;
  const counted = reviews.filter((r) => r.caseState !== 'INVALID');
  const bad = counted.filter((r) => isBadLevel(r.level));
  // A 无法整改 upheld by a reviewer leaves the base of 整改率: nothing could be rectified.
  const rectifiable = bad.filter((r) => r.caseState !== 'UNRECTIFIABLE' && r.caseState !== 'WITHDRAWN');
  const firstRectified = (r: ReviewFact) => r.events.find((e) => e.kind === 'rectified')?.at ?? null;
  const rectified = rectifiable.filter((r) => firstRectified(r) !== null);
  const onTime = rectified.filter(
    (r) => r.rectifyDue !== null && todayInShanghai(new Date(firstRectified(r)!).getTime()) <= r.rectifyDue,
  );
  const answered = rectified.filter((r) => r.satisfied !== null);
  const replies = (type: FeedbackFact['type']) => {
    const of = feedback.filter((f) => f.type === type);
    const done = of.filter((f) => f.answeredAt !== null);
    return {
      received: of.length,
      answered: done.length,
      answeredOnTime: done.filter((f) => todayInShanghai(f.answeredAt!.getTime()) <= f.due).length,
    };
  };
  const activeRate = ratio(evaluated, services.length);
  return {
    ...who,
    services: services.length,
    evaluated,
    activeRate,
    unratedRate: activeRate === null ? null : Math.round((1 - activeRate) * 10_000) / 10_000,
    defaultApplied: 0,
    windowQrReviews: reviews.filter((r) => r.subjectKind === 'window').length,
    reviews: counted.length,
    goodRate: ratio(counted.length - bad.length, counted.length),
    bad: bad.length,
    invalid: reviews.length - counted.length,
    rectified: rectified.length,
    rectifiable: rectifiable.length,
    rectifyRate: ratio(rectified.length, rectifiable.length),
    rectifiedOnTime: onTime.length,
    onTimeRate: ratio(onTime.length, rectifiable.length),
    followedUp: answered.length,
    followUpRate: ratio(answered.length, rectified.length),
    satisfied: answered.filter((r) => r.satisfied).length,
    satisfiedRate: ratio(answered.filter((r) => r.satisfied).length, answered.length),
    cases: replies('case'),
    consultations: replies('consultation'),
  };
}
