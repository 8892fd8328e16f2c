import {
  draftOf,
  emptyGapsText,
  GAP_PERIODS,
  hasMaskedDigits,
  hasSynonym,
  synonymRequest,
  synonymSentence,
  synonymState,
  tidyMeans,
} from './searchGaps';

describe('the 搜索缺口 page in Chinese', () => {
  it('offers 近7天, 近30天 and 近90天 and says which period found nothing', () => {
    expect(GAP_PERIODS.map((p) => [p.value, p.label])).toEqual([
      [7, '近7天'],
      [30, '近30天'],
      [90, '近90天'],
    ]);
    expect(emptyGapsText(30)).toBe('近30天没有搜不到结果的搜索');
  });

  it('says whether a synonym answers searches yet', () => {
    expect(synonymState({ inEffect: true })).toBe('已生效');
    expect(synonymState({ inEffect: false })).toBe('下次目录同步后生效');
  });

  it('marks a gap whose word already has a synonym, whatever the case and spacing', () => {
    const synonyms = [{ says: '社保 补办' }, { says: 'SBK' }];
    expect(hasSynonym({ query: '社保 补办' }, synonyms)).toBe(true);
    expect(hasSynonym({ query: 'sbk' }, synonyms)).toBe(true);
    expect(hasSynonym({ query: '社保补办' }, synonyms)).toBe(false);
    expect(hasSynonym({ query: '哈哈' }, [])).toBe(false);
  });

  it('notices digits the server hid', () => {
    expect(hasMaskedDigits('身份证****')).toBe(true);
    expect(hasMaskedDigits('低保***')).toBe(true);
    expect(hasMaskedDigits('身份证')).toBe(false);
  });
});

describe('the 添加同义词 form', () => {
  it('opens with the searched word as the saying and no means', () => {
    expect(draftOf({ query: '  哈哈不存在事项 ' })).toEqual({ says: '哈哈不存在事项', means: [] });
    expect([...draftOf({ query: '很'.repeat(30) }).says!]).toHaveLength(20);
  });

  it('trims the means, drops empty ones and keeps each phrase once, in the order typed', () => {
    expect(tidyMeans([' 社会保障卡 ', '社会保障卡', '', '  ', '补领', '社会保障卡 '])).toEqual(['社会保障卡', '补领']);
    expect(tidyMeans(['电子  社保卡'])).toEqual(['电子 社保卡']);
  });

  it('sends the tidied saying and means', () => {
    expect(synonymRequest({ says: '  三代卡 ', means: ['社会保障卡 ', '社会保障卡', ' 补领'] })).toEqual({
      ok: true,
      request: { says: '三代卡', means: ['社会保障卡', '补领'] },
    });
  });

  it('refuses an empty saying or no means, in the operator’s words', () => {
    expect(synonymRequest({ says: '   ', means: [' '] })).toEqual({
      ok: false,
      problems: { says: '请填写群众的说法', means: '请至少填写一个对应的词' },
    });
    expect(synonymRequest({})).toMatchObject({ ok: false, problems: { says: '请填写群众的说法' } });
  });

  it('holds to the limits: a saying of 20 characters, 5 means of 20 characters each (duplicates not counted)', () => {
    const twenty = '字'.repeat(20);
    expect(synonymRequest({ says: twenty, means: [twenty] }).ok).toBe(true);
    expect(synonymRequest({ says: `${twenty}多`, means: ['词'] })).toEqual({
      ok: false,
      problems: { says: '说法最多 20 个字' },
    });
    expect(synonymRequest({ says: '说法', means: ['一', '二', '三', '四', '五', '一'] }).ok).toBe(true);
    expect(synonymRequest({ says: '说法', means: ['一', '二', '三', '四', '五', '六'] })).toEqual({
      ok: false,
      problems: { means: '对应的词最多 5 个' },
    });
    expect(synonymRequest({ says: '说法', means: ['短', `${twenty}多`] })).toEqual({
      ok: false,
      problems: { means: `“${twenty}多”太长了，每个词最多 20 个字` },
    });
  });

  it('refuses angle brackets, as the server does', () => {
    expect(synonymRequest({ says: '<b>', means: ['社会保障卡'] })).toEqual({
      ok: false,
      problems: { says: '说法里不能有尖括号' },
    });
    expect(synonymRequest({ says: '社保', means: ['社会>保障卡'] })).toEqual({
      ok: false,
      problems: { means: '对应的词里不能有尖括号' },
    });
  });

  it('counts a character outside the BMP as one', () => {
    expect(synonymRequest({ says: '𠀀'.repeat(20), means: ['社会保障卡'] }).ok).toBe(true);
  });

  it('reads back what the synonym will do', () => {
    expect(synonymSentence({ says: '哈哈', means: ['社会保障卡', '补领'] })).toBe(
      '群众搜“哈哈”时，也会找到名称含“社会保障卡”、“补领”的事项。',
    );
  });
});
