import { normalizeText } from './normalize';
import { pinyinCorrections, splitPinyin } from './pinyin-split';
import {
  analyzeQuery,
  initialsTerms,
  latinInitialsTerms,
  latinPinyinTerms,
  pinyinTerms,
  textTerms,
  tokenize,
} from './tokenize';

describe('normalizeText', () => {
  it('turns full-width letters and digits half-width and lower-cases them', () => {
    expect(normalizeText('ＳＦＺ　１２３')).toBe('sfz 123');
  });

  it('turns punctuation, emoji and control characters into spaces', () => {
    expect(normalizeText('社保卡，丢了！！😭\u0007怎么办？')).toBe('社保卡 丢了 怎么办');
  });

  it('cuts a pasted paragraph to the maximum length', () => {
    expect(normalizeText('低保'.repeat(100), 10)).toHaveLength(10);
  });
});

describe('index terms', () => {
  it('gives Chinese unigrams and bigrams without bridging punctuation', () => {
    expect(textTerms('补领、换领')).toEqual(['补', '领', '补领', '换', '领', '换领']);
  });

  it('keeps latin and digit words lower-cased', () => {
    expect(textTerms('80周岁 IC卡')).toEqual(['80', '周', '岁', '周岁', 'ic', '卡']);
  });

  it('gives syllables and syllable pairs, reading polyphones in context', () => {
    expect(pinyinTerms('社保')).toEqual(['she', 'bao', 'shebao']);
    expect(pinyinTerms('银行')).toContain('yinhang');
  });

  it('gives initials 2- and 3-grams so "sfz" meets 居民身份证', () => {
    expect(initialsTerms('居民身份证')).toEqual(expect.arrayContaining(['sf', 'fz', 'sfz']));
  });

  it('tokenize combines every form for a single-field index', () => {
    expect(tokenize('低保')).toEqual(expect.arrayContaining(['低', '低保', 'di', 'dibao', 'db']));
  });
});

describe('splitPinyin', () => {
  it.each([
    ['shebaoka', ['she', 'bao', 'ka']],
    ['shenfenzheng', ['shen', 'fen', 'zheng']],
    ['dibao', ['di', 'bao']],
    ['xian', ['xian']],
    ['lue', ['lve']],
  ])('splits unsegmented %s into syllables', (input, syllables) => {
    expect(splitPinyin(input)).toEqual({ syllables, partial: false });
  });

  it('keeps an unfinished last syllable as a partial piece while the resident types', () => {
    expect(splitPinyin('shenfenzh')).toEqual({ syllables: ['shen', 'fen', 'zh'], partial: true });
  });

  it.each(['sfz', 'sbk', 'yb', 'ylbx'])('refuses initials %s', (input) => {
    expect(splitPinyin(input)).toBeNull();
  });
});

describe('pinyinCorrections', () => {
  it('repairs one swapped pair of letters', () => {
    expect(pinyinCorrections('shenfenzhegn')).toEqual([['shen', 'fen', 'zheng']]);
  });

  it('offers every reading of a dropped letter for the index to choose from', () => {
    expect(pinyinCorrections('shiyjin')).toContainEqual(['shi', 'ye', 'jin']);
  });

  it('leaves correct pinyin and initials alone', () => {
    expect(pinyinCorrections('shenfenzheng')).toEqual([]);
    expect(pinyinCorrections('sfzbb')).toEqual([]);
  });
});

describe('analyzeQuery', () => {
  it('splits a mixed query into Chinese grams, pinyin and digits', () => {
    const q = analyzeQuery('补办身分证 sfz 2024');
    expect(q.han).toEqual(['补办身分证']);
    expect(q.bigrams).toEqual(['补办', '办身', '身分', '分证']);
    expect(q.digits).toEqual(['2024']);
    expect(q.latin[0]).toMatchObject({ text: 'sfz', syllables: null, maybeInitials: true });
  });

  it('gives the pinyin of Chinese input so a homophone typo (身分证) still meets 身份证', () => {
    expect(analyzeQuery('身分证').hanPinyin).toEqual(['shenfen', 'fenzheng']);
  });

  it('asks for syllable pairs of full pinyin and 3-grams of initials', () => {
    const [full] = analyzeQuery('shebaoka').latin;
    expect(latinPinyinTerms(full)).toEqual(['shebao', 'baoka', 'she', 'bao', 'ka']);
    expect(latinInitialsTerms(full)).toEqual([]);
    const [initials] = analyzeQuery('ylbx').latin;
    expect(latinInitialsTerms(initials)).toEqual(['ylb', 'lbx']);
  });
});
