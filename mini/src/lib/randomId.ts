/**
 * An id the app chooses itself: a draft id (8–64 of A–Z a–z 0–9 _ -) or an Idempotency-Key (8–128, also . :).
 * Mini-programs have no synchronous crypto; the time and two random parts are unique enough per resident, and
 * neither id is a secret (the server checks ownership).
 */
export function randomId(prefix: string, now: number = Date.now(), random: () => number = Math.random): string {
  const part = () =>
    Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `${prefix}-${now.toString(36)}-${part()}${part()}`;
}
