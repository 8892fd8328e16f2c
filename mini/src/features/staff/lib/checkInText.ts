import type { CheckIn } from '@zsb/contracts';
import { clockOf, formatSlotTime } from '@/lib/when';

/** The rows a clerk reads out at the window, in that order. */
export function checkInRows(c: CheckIn, nowMs: number): { label: string; value: string; hook: string }[] {
  return [
    { label: '姓名（已脱敏）', value: c.residentNameMasked, hook: 'e2e-checkin-name' },
    { label: '办理事项', value: c.matterName, hook: 'e2e-checkin-matter' },
    { label: '预约时段', value: formatSlotTime(c.start, c.end, nowMs), hook: 'e2e-checkin-slot' },
    { label: '签到时间', value: clockOf(c.checkedInAt), hook: 'e2e-checkin-time' },
  ];
}
