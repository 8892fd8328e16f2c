import type { Review, ReviewInvitation } from '@zsb/contracts';

/** An application or a visit of the resident, as 好差评 names it. */
export interface RatedThing {
  kind: 'application' | 'visit';
  id: string;
}

/** What a finished application's or a checked-in visit's page offers: 评价本次服务, 查看我的评价, or nothing. */
export type ReviewEntry = { kind: 'rate'; openUntil: string } | { kind: 'view'; reviewId: string } | null;

/** The review the resident gave for this application or visit, if any. */
export function reviewIdFor(reviews: readonly Pick<Review, 'id' | 'subject'>[], thing: RatedThing): string | null {
  return reviews.find((r) => r.subject.kind === thing.kind && r.subject.id === thing.id)?.id ?? null;
}

/** The invitation to rate this application or visit, if it is open now. */
export function invitationFor<T extends Pick<ReviewInvitation, 'subject'>>(
  invitations: readonly T[],
  thing: RatedThing,
): T | null {
  return invitations.find((i) => i.subject.kind === thing.kind && i.subject.id === thing.id) ?? null;
}

/** A review given wins over an invitation (the BFF should not list both; if it does, never ask twice). */
export function reviewEntry(
  invitations: readonly Pick<ReviewInvitation, 'subject' | 'openUntil'>[],
  reviews: readonly Pick<Review, 'id' | 'subject'>[],
  thing: RatedThing,
): ReviewEntry {
  const given = reviewIdFor(reviews, thing);
  if (given) return { kind: 'view', reviewId: given };
  const open = invitationFor(invitations, thing);
  return open ? { kind: 'rate', openUntil: open.openUntil } : null;
}
