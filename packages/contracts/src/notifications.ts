/** A message to the resident (消息通知) about one of their bookings or applications. */
export interface Notification {
  id: string;
  kind:
    | 'waitlist-booked'
    | 'booking-cancelled'
    | 'application-status'
    | 'review-invite'
    | 'review-case'
    | 'feedback-answer'
    /** To a helper: a step in a matter of someone they act for (target /mandates/<id>). */
    | 'mandate'
    /** A 上门服务 request was arranged, declined or done (target /home-visits/<id>). */
    | 'home-visit'
    /** A center closed for a while (临时停止服务) moved or cancelled a booking, or ended a waitlist entry. */
    | 'center-closure';
  title: string;
  body: string;
  /** What the notification is about, for a link: /bookings/<id> */
  target: string | null;
  createdAt: string;
  readAt: string | null;
}

/** GET /api/v1/notifications */
export interface NotificationList {
  items: Notification[];
}
