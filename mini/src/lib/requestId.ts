/**
 * A request id the BFF logs beside ours: short, unique enough per device, no PII. Math.random is fine here —
 * the id correlates logs, it is not a secret.
 */
export function newRequestId(now: number = Date.now(), random: () => number = Math.random): string {
  const rand = Math.floor(random() * 0x100000000)
    .toString(16)
    .padStart(8, '0');
  return `m-${now.toString(36)}-${rand}`;
}
