import { useEffect, useState } from 'react';
import { reviewsApi } from '../api/reviews';
import { reviewEntry, type RatedThing, type ReviewEntry } from '../lib/reviewEntry';

/**
 * Whether a finished application or a checked-in visit may be rated now, or was rated: asked only when `thing` is
 * given. A side question: it never starts a sign-in, and a failure shows nothing rather than an error.
 */
export function useReviewEntry(thing: RatedThing | null): ReviewEntry {
  const [entry, setEntry] = useState<ReviewEntry>(null);
  const kind = thing?.kind;
  const id = thing?.id;
  useEffect(() => {
    setEntry(null);
    if (!kind || !id) return;
    let stopped = false;
    Promise.all([reviewsApi.invitations({ signIn: false }), reviewsApi.list({ signIn: false })])
      .then(([inv, mine]) => {
        if (!stopped) setEntry(reviewEntry(inv.data.items, mine.data.items, { kind, id }));
      })
      .catch(() => undefined);
    return () => {
      stopped = true;
    };
  }, [kind, id]);
  return entry;
}
