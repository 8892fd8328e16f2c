/** 事项编码 as the provincial catalog writes it: 410500-010203-001. */
export const MATTER_CODE_PATTERN = /^\d{6}-\d{6}-\d{3}$/;

export function isMatterCode(s: unknown): s is string {
  return typeof s === 'string' && MATTER_CODE_PATTERN.test(s);
}
