/** 2026-11-23T20:15:00+08:00: the API's times are Beijing time with the offset written out. */
export function toShanghaiIso(d: Date): string {
  return `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
