import { useCallback, useEffect, useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { staffApi, type StaffScopes } from '../api/staff';
import { useStore } from '../stores/createStore';
import { sessionStore } from '../stores/session';
import { saveStaff, staffStore } from '../stores/staff';

/**
 * The centers where the signed-in (实名) resident is window staff: the last answer at once, then asked again each
 * time the page shows (a scope may have been granted or withdrawn meanwhile). null while not known; a failed
 * question keeps the last answer.
 */
export function useStaffCenters(): StaffScopes['centers'] | null {
  const session = useStore(sessionStore);
  const staff = useStore(staffStore);
  const residentId = session?.resident.verified ? session.resident.id : null;

  const ask = useCallback(() => {
    if (!residentId) return;
    staffApi
      .me()
      .then(({ data }) => saveStaff({ residentId, centers: data.centers }))
      .catch(() => undefined);
  }, [residentId]);

  useEffect(ask, [ask]);
  // The first show comes with the mount, which has asked already.
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) ask();
    shown.current = true;
  });

  return residentId && staff?.residentId === residentId ? staff.centers : null;
}
