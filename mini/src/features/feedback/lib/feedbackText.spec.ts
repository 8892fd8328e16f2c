import { describe, expect, it } from '@jest/globals';
import { dueText, kindText, showsOverdue, stateText, stateTone } from './feedbackText';

describe('how a 反映 reads', () => {
  it('names its kind, or 咨询 for a question', () => {
    expect(kindText({ type: 'case', kind: 'staff_conduct' })).toBe('工作人员作风');
    expect(kindText({ type: 'consultation', kind: null })).toBe('咨询');
  });

  it('says its state in words, late ones in red and answered ones in green', () => {
    expect(stateText('received')).toBe('已受理');
    expect(stateText('handling')).toBe('办理中');
    expect(stateText('answered')).toBe('已答复');
    expect(stateTone({ state: 'received', overdue: false })).toBe('warn');
    expect(stateTone({ state: 'handling', overdue: false })).toBe('info');
    expect(stateTone({ state: 'handling', overdue: true })).toBe('bad');
    expect(stateTone({ state: 'answered', overdue: true })).toBe('ok');
  });

  it('flags 已超期 only while the answer is still to come', () => {
    expect(showsOverdue({ state: 'received', overdue: true })).toBe(true);
    expect(showsOverdue({ state: 'answered', overdue: true })).toBe(false);
    expect(showsOverdue({ state: 'handling', overdue: false })).toBe(false);
  });

  it('gives the deadline as the Beijing date it ends on', () => {
    expect(dueText('2026-05-20T15:59:59.999Z')).toBe('2026年5月20日前');
  });
});
