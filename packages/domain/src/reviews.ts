// 好差评: the five levels, the indicator sets of each channel, the reasons for a bad review and the case states,
// with the words residents and staff read. The BFF checks requests against these; the mini-program shows them.

import type { BadReason, IndicatorSetId, ReviewCaseEventKind, ReviewCaseState, ReviewLevel } from '@zsb/contracts';

export const REVIEW_LEVELS: readonly { level: ReviewLevel; label: string }[] = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
];

export function reviewLevelLabel(level: ReviewLevel): string {
  return REVIEW_LEVELS.find((l) => l.level === level)?.label ?? '';
}

/** 不满意 and 非常不满意 are 差评: they need a reason and become a case the office must rectify. */
export function isBadLevel(level: number): boolean {
  return level === 1 || level === 2;
}

/** The indicators of each channel, versioned so an evaluation records which set it answered. */
export const INDICATOR_SETS: Readonly<Record<IndicatorSetId, readonly { code: string; label: string }[]>> = {
  'online-2019': [
    { code: 'overall', label: '整体满意度' },
    { code: 'efficiency', label: '办事效率' },
    { code: 'guide', label: '办事指南精确度' },
    { code: 'convenience', label: '办事便捷度' },
    { code: 'usability', label: '平台操作性' },
  ],
  'window-2019': [
    { code: 'overall', label: '整体满意度' },
    { code: 'efficiency', label: '服务效率' },
    { code: 'service', label: '服务水平' },
    { code: 'attitude', label: '服务态度' },
  ],
};

export const BAD_REASONS: readonly { code: BadReason; label: string }[] = [
  { code: 'attitude', label: '态度不好' },
  { code: 'slow', label: '效率太低' },
  { code: 'unclear_materials', label: '材料要求不清楚/反复要求补材料' },
  { code: 'repeat_visits', label: '多次跑动' },
  { code: 'system', label: '系统不好用' },
  { code: 'other', label: '其他' },
];

/** What the resident and staff read for each case state (the timeline 已受理 → 核实中 → 整改中 → 已整改 → 已回访). */
export const CASE_STATE_LABELS: Readonly<Record<ReviewCaseState, string>> = {
  VERIFYING: '核实中',
  RECTIFYING: '整改中',
  RECTIFIED: '已整改',
  FOLLOWED_UP: '已回访',
  APPEALING: '申诉复核中',
  INVALID: '无效差评',
  UNRECTIFIABLE_REVIEW: '无法整改（复核中）',
  UNRECTIFIABLE: '无法整改',
  WITHDRAWN: '已撤回',
};

export const CASE_EVENT_LABELS: Readonly<Record<ReviewCaseEventKind, string>> = {
  opened: '已受理',
  verified: '已核实',
  rectified: '已整改',
  answered: '群众追评',
  followed_up: '已回访',
  reopened: '重新整改',
  appealed: '单位申诉',
  appeal_decided: '申诉复核',
  unrectifiable_claimed: '申报无法整改',
  unrectifiable_decided: '无法整改复核',
  withdrawn: '评价已修改',
};

/** Cases still waiting for the office (the staff queue shows these; overdue ones first). */
export function caseIsOpen(state: ReviewCaseState): boolean {
  return (
    state === 'VERIFYING' ||
    state === 'RECTIFYING' ||
    state === 'RECTIFIED' ||
    state === 'APPEALING' ||
    state === 'UNRECTIFIABLE_REVIEW'
  );
}
