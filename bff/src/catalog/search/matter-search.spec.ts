import { MatterSearchIndex, type SearchableMatter } from './matter-search';

const matter = (code: string, name: string, extra: Partial<SearchableMatter> = {}): SearchableMatter => ({
  code,
  name,
  domainName: '社会保险',
  department: '人力资源和社会保障局',
  kind: '公共服务',
  popularity: 0,
  materialNames: [],
  ...extra,
});

const catalog = [
  matter('card-apply', '社会保障卡申领'),
  matter('card-lost', '社会保障卡挂失'),
  matter('card-replace', '社会保障卡补领、换领、换发'),
  matter('id-card', '居民身份证办理（包括临时）', { domainName: '户籍管理', department: '公安局' }),
  matter('dibao', '最低生活保障', { domainName: '社会救助', department: '民政局' }),
  matter('marriage', '结婚登记', { domainName: '婚姻', department: '民政局', materialNames: ['户口簿', '居民身份证'] }),
  matter('hukou-book', '户口簿补领', { domainName: '户籍管理', department: '公安局' }),
  matter('pension-a', '城乡居民基本养老保险参保登记'),
  matter('pension-b', '城乡居民养老保险参保登记'),
];

describe('MatterSearchIndex', () => {
  const index = MatterSearchIndex.build(catalog);
  const codes = (q: string, limit = 3): string[] => index.search(q, { limit }).map((h) => h.code);

  it('finds a matter by the colloquial word residents use', () => {
    expect(codes('低保')[0]).toBe('dibao');
    expect(codes('社保卡丢了').slice(0, 2).sort()).toEqual(['card-lost', 'card-replace']);
  });

  it('finds Chinese names from full pinyin, initials and half-typed pinyin', () => {
    expect(codes('dibao')[0]).toBe('dibao');
    expect(codes('sfz')[0]).toBe('id-card');
    expect(codes('shebaok')).toContain('card-apply');
  });

  it('answers a material name with the matters that ask for it, unless a matter is named so', () => {
    // A name match is what the resident meant; matters that merely list 户口簿 among their materials are noise.
    expect(codes('户口簿', 5)).toEqual(['hukou-book']);
    const withoutBook = MatterSearchIndex.build(catalog.filter((m) => m.code !== 'hukou-book'));
    expect(withoutBook.search('户口簿', { limit: 5 }).map((h) => h.code)).toContain('marriage');
  });

  it('highlights the characters of the name that matched', () => {
    const [hit] = index.search('结婚登记要带什么');
    expect(hit.highlights).toEqual([[0, 4]]);
  });

  it('highlights the catalog words a colloquial word stands for', () => {
    const [hit] = index.search('社保卡丢了');
    // 社会保障卡挂失: the whole card name and 挂失.
    expect(hit.highlights).toEqual([[0, 7]]);
  });

  it('highlights the characters typed as pinyin', () => {
    const hit = index.search('jiehun').find((h) => h.code === 'marriage');
    // jiehun reads as 结婚, which the catalog files as 结婚登记.
    expect(hit?.highlights).toEqual([[0, 4]]);
  });

  it('respects limit and filter', () => {
    expect(codes('社会保障卡', 2)).toHaveLength(2);
    const hits = index.search('社会保障卡', { filter: (code) => code !== 'card-apply' });
    expect(hits.map((h) => h.code)).not.toContain('card-apply');
    expect(hits.length).toBeGreaterThan(0);
  });

  it('breaks ties with popularity', () => {
    const popular = MatterSearchIndex.build([
      matter('a', '城乡居民养老保险参保登记'),
      matter('b', '城乡居民养老保险参保登记', { popularity: 5000 }),
    ]);
    expect(popular.search('养老保险').map((h) => h.code)).toEqual(['b', 'a']);
  });

  it('answers an empty or punctuation-only query with nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('？？！')).toEqual([]);
  });

  it('returns the same answer from its cache of recent queries', () => {
    expect(index.search('养老保险')).toEqual(index.search('养老保险'));
  });
});
