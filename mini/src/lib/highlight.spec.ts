import { describe, expect, it } from '@jest/globals';
import { splitHighlights } from './highlight';

describe('splitHighlights', () => {
  it('marks the matched characters and keeps the rest plain', () => {
    expect(splitHighlights('社会保障卡申领', [[0, 2]])).toEqual([
      { text: '社会', hit: true },
      { text: '保障卡申领', hit: false },
    ]);
  });

  it('merges overlapping and adjacent ranges given in any order', () => {
    expect(
      splitHighlights('居民身份证申领', [
        [3, 5],
        [2, 4],
        [0, 1],
      ]),
    ).toEqual([
      { text: '居', hit: true },
      { text: '民', hit: false },
      { text: '身份证', hit: true },
      { text: '申领', hit: false },
    ]);
  });

  it('clamps ranges that fall outside a renamed matter name', () => {
    expect(
      splitHighlights('低保', [
        [1, 9],
        [5, 7],
      ]),
    ).toEqual([
      { text: '低', hit: false },
      { text: '保', hit: true },
    ]);
  });

  it('returns the whole name as plain text without ranges', () => {
    expect(splitHighlights('结婚登记', undefined)).toEqual([{ text: '结婚登记', hit: false }]);
    expect(splitHighlights('', [[0, 1]])).toEqual([]);
  });
});
