import { describe, expect, it } from '@jest/globals';
import { DEFAULT_TTL_SEC, defaultFields, selectionProblem, toggleField, TTL_CHOICES } from './displayFields';

const idCard = ['姓名', '性别', '民族', '出生', '住址', '公民身份号码', '签发机关', '有效期限'];

describe('choosing what a display code shows', () => {
  it('shows only the name by default', () => {
    expect(defaultFields(idCard)).toEqual(['姓名']);
    expect(defaultFields(['持证人', '登记日期', '结婚证字号'])).toEqual(['持证人']);
    expect(defaultFields(['名称', '统一社会信用代码', '经营者'])).toEqual(['经营者']);
  });

  it('falls back to the first field when the licence has no name field', () => {
    expect(defaultFields(['户别', '户号'])).toEqual(['户别']);
    expect(defaultFields([])).toEqual([]);
  });

  it('ticks and unticks fields in the order they have on the licence', () => {
    const withAddress = toggleField(['姓名'], '住址', idCard);
    expect(withAddress).toEqual(['姓名', '住址']);
    expect(toggleField(withAddress, '性别', idCard)).toEqual(['姓名', '性别', '住址']);
    expect(toggleField(withAddress, '姓名', idCard)).toEqual(['住址']);
  });

  it('ignores labels that are not on the licence', () => {
    expect(toggleField(['姓名'], '血型', idCard)).toEqual(['姓名']);
  });

  it('asks for at least one field', () => {
    expect(selectionProblem([])).toContain('至少');
    expect(selectionProblem(['姓名'])).toBeNull();
  });

  it('offers lifetimes within what the BFF accepts, the default among them', () => {
    for (const c of TTL_CHOICES) {
      expect(c.sec).toBeGreaterThanOrEqual(60);
      expect(c.sec).toBeLessThanOrEqual(300);
    }
    expect(TTL_CHOICES.map((c) => c.sec)).toContain(DEFAULT_TTL_SEC);
  });
});
