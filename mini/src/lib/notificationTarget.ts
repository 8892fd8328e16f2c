/** Where a notification leads: `/applications/<id>` or `/bookings/<id>` (the BFF's `target`), else nowhere. */
export type NotificationTarget = { page: 'application'; id: string } | { page: 'booking'; id: string } | null;

export function notificationTarget(target: string | null): NotificationTarget {
  const m = /^\/(applications|bookings)\/([A-Za-z0-9_-]{1,64})$/.exec(target ?? '');
  if (!m) return null;
  return m[1] === 'applications' ? { page: 'application', id: m[2] } : { page: 'booking', id: m[2] };
}
