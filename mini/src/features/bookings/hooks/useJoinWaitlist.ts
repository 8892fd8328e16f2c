import { useState } from 'react';
import type { WaitlistRequest } from '@zsb/contracts';
import { bookingsApi } from '@/api/bookings';
import { asApiError } from '@/api/errors';
import { go } from '@/navigate';
import { showRefusal, type StepHandlers } from '../steps';
import { confirm } from '@/lib/feedback';

/** 登记候补 for a full slot: says the place in line, or why not and what to do instead. */
export function useJoinWaitlist(handlers: StepHandlers = {}) {
  const [busy, setBusy] = useState<string | null>(null);

  const join = async (req: WaitlistRequest) => {
    setBusy(req.start);
    try {
      const entry = (await bookingsApi.joinWaitlist(req)).data;
      const confirmed = await confirm({
        title: '已登记候补',
        content: `您排在第 ${entry.position} 位。有人取消时会按顺序为您约上，并在“我的预约”里告诉您。`,
        confirmText: '我的预约',
        cancelText: '知道了',
      });
      if (confirmed) go('bookings');
    } catch (err) {
      await showRefusal('没能登记候补', asApiError(err), handlers);
    } finally {
      setBusy(null);
    }
  };

  return { busy, join };
}
