/**
 * Where a notification leads: `/applications/<id>`, `/bookings/<id>`, `/reviews/<id>`, `/feedback/<id>` or, for a
 * helper, `/mandates/<id>` (the BFF's `target`), else nowhere.
 */
export type NotificationTarget = {
  page: 'application' | 'booking' | 'review' | 'feedback' | 'mandate';
  id: string;
} | null;

const PAGE_OF = {
  applications: 'application',
  bookings: 'booking',
  reviews: 'review',
  feedback: 'feedback',
  mandates: 'mandate',
} as const;

export function notificationTarget(target: string | null): NotificationTarget {
  const m = /^\/(applications|bookings|reviews|feedback|mandates)\/([A-Za-z0-9_-]{1,64})$/.exec(target ?? '');
  if (!m) return null;
  return { page: PAGE_OF[m[1] as keyof typeof PAGE_OF], id: m[2] };
}
