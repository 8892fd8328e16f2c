import { describe, expect, it } from '@jest/globals';
import { bringHint } from './materials';

describe('what to bring', () => {
  it('always starts with the ID card and does not list it twice', () => {
    const hint = bringHint([{ name: '居民身份证原件' }, { name: '近期免冠照片' }]);
    expect(hint).toEqual({ items: ['本人居民身份证原件', '近期免冠照片'], more: 0 });
  });

  it('lists the first few materials and counts the rest', () => {
    const hint = bringHint(['甲', '乙', '丙', '丁', '戊', '己'].map((name) => ({ name })));
    expect(hint.items).toEqual(['本人居民身份证原件', '甲', '乙', '丙', '丁']);
    expect(hint.more).toBe(2);
  });
});
