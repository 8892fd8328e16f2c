/**
 * An Idempotency-Key for one booking attempt: made when the resident confirms a slot, sent again unchanged on a
 * retry (a timeout may hide a booking that was made), so the BFF answers the first booking instead of a second.
 * Mini-programs have no synchronous crypto: two random parts and the time are unique enough per resident.
 */
export function newIdempotencyKey(now: number = Date.now(), random: () => number = Math.random): string {
  const part = () =>
    Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `bk-${now.toString(36)}-${part()}${part()}`;
}

/** What makes two attempts "the same booking": a key is reused only for the same request. */
export function attemptId(req: { centerId: string; matterCode: string; start: string; bookingId?: string }): string {
  return [req.bookingId ?? '', req.centerId, req.matterCode, req.start].join('|');
}
