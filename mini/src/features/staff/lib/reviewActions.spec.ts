import { describe, expect, it } from '@jest/globals';
import type { ReviewCaseStep } from '@zsb/contracts';
import { allowedActions, buildAction, draftProblems, emptyDraft } from './reviewActions';

const step = (kind: ReviewCaseStep['kind']): ReviewCaseStep => ({ kind, label: '', at: '', by: null, note: '' });

describe('the steps a 差评 case allows the office', () => {
  it('while being verified: 核实 or 申诉', () => {
    expect(allowedActions({ state: 'VERIFYING', steps: [step('opened')] }, true)).toEqual(['verify', 'appeal']);
  });

  it('while being rectified: 整改, 无法整改, and 申诉 only if not appealed before', () => {
    expect(allowedActions({ state: 'RECTIFYING', steps: [step('opened'), step('verified')] }, true)).toEqual([
      'rectify',
      'claim_unrectifiable',
      'appeal',
    ]);
    expect(
      allowedActions({ state: 'RECTIFYING', steps: [step('opened'), step('appealed'), step('appeal_decided')] }, true),
    ).toEqual(['rectify', 'claim_unrectifiable']);
  });

  it('offers 申诉 and 无法整改 to the center’s admin only; a clerk 核实, 整改 and 回访', () => {
    expect(allowedActions({ state: 'VERIFYING', steps: [step('opened')] }, false)).toEqual(['verify']);
    expect(allowedActions({ state: 'RECTIFYING', steps: [step('opened'), step('verified')] }, false)).toEqual([
      'rectify',
    ]);
  });

  it('once rectified: 回访; otherwise nothing (a reviewer or the resident is next)', () => {
    expect(allowedActions({ state: 'RECTIFIED', steps: [] }, true)).toEqual(['follow_up']);
    for (const state of ['APPEALING', 'UNRECTIFIABLE_REVIEW', 'FOLLOWED_UP', 'INVALID', 'WITHDRAWN'] as const)
      expect(allowedActions({ state, steps: [] }, true)).toEqual([]);
  });
});

describe('what each step records', () => {
  it('核实, 整改 and 无法整改 need a note', () => {
    expect(draftProblems(emptyDraft('verify')).note).toBe('请填写核实情况');
    expect(buildAction({ ...emptyDraft('rectify'), note: '  窗口增设了引导员 ' })).toEqual({
      action: 'rectify',
      note: '窗口增设了引导员',
    });
    expect(buildAction({ ...emptyDraft('claim_unrectifiable'), note: '   ' })).toBeNull();
  });

  it('申诉 needs its ground and a note', () => {
    const d = { ...emptyDraft('appeal'), note: '当天未办理该业务' };
    expect(draftProblems(d).ground).toBeDefined();
    expect(buildAction({ ...d, ground: 'mistaken' })).toEqual({
      action: 'appeal',
      ground: 'mistaken',
      note: '当天未办理该业务',
    });
  });

  it('回访 needs how and the answer; the note may be empty', () => {
    expect(Object.keys(draftProblems(emptyDraft('follow_up'))).sort()).toEqual(['method', 'satisfied']);
    expect(buildAction({ ...emptyDraft('follow_up'), method: 'phone', satisfied: false })).toEqual({
      action: 'follow_up',
      method: 'phone',
      satisfied: false,
      note: '',
    });
  });
});
