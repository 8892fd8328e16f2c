import { useState } from 'react';
import type { StaffReviewCase } from '@zsb/contracts';
import { staffApi } from '@/api/staff';
import { useQuery } from '@/hooks/useQuery';

/** The centers' open 差评 cases in the server's order (overdue first); a case just acted on shows its new state. */
export function useStaffReviews(enabled: boolean) {
  const query = useQuery(enabled ? 'staff-reviews' : null, () => staffApi.reviews());
  const [updated, setUpdated] = useState<Record<string, StaffReviewCase>>({});
  const items = (query.state.data?.items ?? []).map((c) => updated[c.id] ?? c);
  const replaceCase = (c: StaffReviewCase) => setUpdated((u) => ({ ...u, [c.id]: c }));
  const reload = () => {
    setUpdated({});
    query.reload();
  };
  return { state: query.state, items, replaceCase, reload };
}
