import { useState } from 'react';
import type { StaffFeedback } from '@zsb/contracts';
import { staffFeedbackApi } from '@/api/feedback';
import { useQuery } from '@/hooks/useQuery';

/** The centers' open cases and questions in the server's order; one just acted on shows its new state. */
export function useStaffFeedback(enabled: boolean) {
  const query = useQuery(enabled ? 'staff-feedback' : null, () => staffFeedbackApi.list());
  const [updated, setUpdated] = useState<Record<string, StaffFeedback>>({});
  const items = (query.state.data?.items ?? []).map((f) => updated[f.id] ?? f);
  const replaceItem = (f: StaffFeedback) => setUpdated((u) => ({ ...u, [f.id]: f }));
  const reload = () => {
    setUpdated({});
    query.reload();
  };
  return { state: query.state, items, replaceItem, reload };
}
