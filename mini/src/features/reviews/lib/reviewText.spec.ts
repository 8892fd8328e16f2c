import { describe, expect, it } from '@jest/globals';
import type { ReviewCase } from '@zsb/contracts';
import { caseDeadlines, indicatorRows, levelTone, reasonLabels, reviewStatusLine } from './reviewText';

const aCase = (patch: Partial<ReviewCase>) => ({ stateLabel: '整改中', overdue: false, ...patch }) as ReviewCase;

describe('a review in 我的评价', () => {
  it('says it is still on its way while the provincial system has not got it', () => {
    expect(reviewStatusLine({ delivery: 'pending', case: null })).toEqual({
      text: '正在提交到省好差评系统',
      tone: 'info',
    });
  });

  it('says where a 差评 stands, and 已超期 when the office is late', () => {
    expect(reviewStatusLine({ delivery: 'delivered', case: aCase({}) })?.text).toBe('整改中');
    expect(reviewStatusLine({ delivery: 'delivered', case: aCase({ overdue: true }) })).toEqual({
      text: '整改中 · 已超期',
      tone: 'bad',
    });
    expect(reviewStatusLine({ delivery: 'delivered', case: null })).toBeNull();
  });

  it('reads a 差评 in red and a good review calm', () => {
    expect(levelTone(1)).toBe('bad');
    expect(levelTone(2)).toBe('bad');
    expect(levelTone(3)).toBe('info');
    expect(levelTone(5)).toBe('ok');
  });
});

describe('a review as given', () => {
  it('lists its indicators in the set’s order with their words, and its reasons in words', () => {
    expect(indicatorRows('window-2019', { attitude: 1, overall: 2 })).toEqual([
      { label: '整体满意度', value: '不满意' },
      { label: '服务态度', value: '非常不满意' },
    ]);
    expect(reasonLabels(['attitude', 'repeat_visits'])).toEqual(['态度不好', '多次跑动']);
  });
});

describe('a case’s deadlines', () => {
  it('are days (the last day the office has), never a time of day', () => {
    const now = Date.parse('2026-12-08T04:20:00+08:00');
    expect(caseDeadlines({ verifyDue: '2026-12-09', rectifyDue: '2026-12-29' }, now)).toEqual([
      { label: '核实回访期限', value: '截至 明天 12月9日 周三' },
      { label: '整改反馈期限', value: '截至 12月29日 周二' },
    ]);
  });
});
