import { describe, expect, it } from '@jest/globals';
import { allowedFeedbackActions, buildFeedbackAction, feedbackNoteProblem } from './feedbackActions';

describe('反映和咨询: what a center may record', () => {
  it('records progress or answers until it is answered, then nothing', () => {
    expect(allowedFeedbackActions('received')).toEqual(['progress', 'answer']);
    expect(allowedFeedbackActions('handling')).toEqual(['progress', 'answer']);
    expect(allowedFeedbackActions('answered')).toEqual([]);
  });

  it('asks for a note with every action, trimmed', () => {
    expect(feedbackNoteProblem('progress', '  ')).toBe('请填写办理情况');
    expect(feedbackNoteProblem('answer', '')).toBe('请填写答复内容');
    expect(buildFeedbackAction('answer', '   ')).toBeNull();
    expect(buildFeedbackAction('answer', ' 可以在手机上办，路径是… ')).toEqual({
      action: 'answer',
      note: '可以在手机上办，路径是…',
    });
  });

  it('refuses a note past 1000 characters before sending it', () => {
    expect(feedbackNoteProblem('progress', '字'.repeat(1001))).toBe('最多 1000 个字');
    expect(buildFeedbackAction('progress', '字'.repeat(1000))).toEqual({ action: 'progress', note: '字'.repeat(1000) });
  });
});
