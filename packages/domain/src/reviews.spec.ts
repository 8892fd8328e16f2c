import {
  BAD_REASONS,
  CASE_EVENT_LABELS,
  CASE_STATE_LABELS,
  INDICATOR_SETS,
  REVIEW_LEVELS,
  caseIsOpen,
  isBadLevel,
  reviewLevelLabel,
} from './reviews';

describe('好差评 vocabulary', () => {
  it('has five levels, best first, of which only 不满意 and 非常不满意 are 差评', () => {
    expect(REVIEW_LEVELS.map((l) => l.label)).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意']);
    expect(REVIEW_LEVELS.filter((l) => isBadLevel(l.level)).map((l) => reviewLevelLabel(l.level))).toEqual([
      '不满意',
      '非常不满意',
    ]);
    expect(isBadLevel(0)).toBe(false);
  });

  it('asks the online channel about the guide and the platform, and the window about attitude', () => {
    expect(INDICATOR_SETS['online-2019'].map((i) => i.label)).toContain('办事指南精确度');
    expect(INDICATOR_SETS['window-2019'].map((i) => i.label)).toContain('服务态度');
    for (const set of Object.values(INDICATOR_SETS)) expect(new Set(set.map((i) => i.code)).size).toBe(set.length);
  });

  it('offers the six reasons of the rules, 其他 last', () => {
    expect(BAD_REASONS).toHaveLength(6);
    expect(BAD_REASONS[5].label).toBe('其他');
  });

  it('keeps a case in the queue until it is followed up or decided', () => {
    const open = Object.keys(CASE_STATE_LABELS).filter((s) => caseIsOpen(s as keyof typeof CASE_STATE_LABELS));
    expect(open.sort()).toEqual(['APPEALING', 'RECTIFIED', 'RECTIFYING', 'UNRECTIFIABLE_REVIEW', 'VERIFYING']);
    expect(Object.values(CASE_EVENT_LABELS)).toContain('已回访');
  });
});
