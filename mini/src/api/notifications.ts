import type { NotificationList } from '@zsb/contracts';
import { authed } from './auth';

/** Messages for the resident: waitlist news, cancelled bookings, each new step of an application. */
export const notificationsApi = {
  list: () => authed<NotificationList>('GET', '/notifications'),
  markRead: (ids: string[]) => authed<{ updated: number }>('POST', '/notifications/read', { body: { ids } }),
};
