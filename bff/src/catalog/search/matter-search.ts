import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import { initialsTerms, normalizeText, pinyinTerms, textTerms, MAX_QUERY_LENGTH } from '@zsb/domain/search';
import { PinyinVocabulary } from './fuzzy';
import { highlightRanges, readName, type NameReading } from './highlight';
import { Lru } from './lru';
import { keyFormsOf, planQuery, type KeyForm, type QueryPlan, type TermGroup } from './query-plan';
import { SYNONYMS, type Synonym } from './synonyms';

export interface SearchableMatter {
  code: string;
  name: string;
  domainName: string;
  department: string;
  kind: string;
  popularity: number;
  materialNames: string[];
}

export interface SearchHit {
  code: string;
  score: number;
  /** [start, end) offsets in `name` that matched the query. */
  highlights: [number, number][];
}

type TextField = 'name' | 'domainName' | 'department' | 'kind' | 'materials';
type Field = TextField | 'namePinyin' | 'nameInitials';

// Name ≫ domain/department ≫ materials: a resident types what they want done, rarely who does it.
const TEXT_BOOST: Record<TextField, number> = { name: 6, domainName: 1.5, department: 1, kind: 0.6, materials: 0.5 };
const FIELDS: Field[] = ['name', 'domainName', 'department', 'kind', 'materials', 'namePinyin', 'nameInitials'];
// When a query names only a licence or card, residents most often want to get one; the catalog files
// its variants (新办, 变更, 注销, 补办 …) as separate matters, so first issue wins ties among them.
const FIRST_ISSUE = /申领|新办|核发|设立|初次|首次|签发|办理/;
const FIRST_ISSUE_BONUS = 0.08;
const DEFAULT_LIMIT = 20;
const TARGET_FIELDS: Record<TermGroup['target'], Field[]> = {
  text: ['name', 'domainName', 'department', 'kind', 'materials'],
  name: ['name'],
  pinyin: ['namePinyin'],
  initials: ['nameInitials'],
};
const CACHE_SIZE = 500;

interface Ranked {
  code: string;
  score: number;
}

function fieldValue(doc: SearchableMatter, field: string): string {
  switch (field as Field | 'code') {
    case 'code':
      return doc.code;
    case 'name':
    case 'namePinyin':
    case 'nameInitials':
      return doc.name;
    case 'domainName':
      return doc.domainName;
    case 'department':
      return doc.department;
    case 'kind':
      return doc.kind;
    case 'materials':
      return doc.materialNames.join('、');
  }
}

function tokenizeField(text: string, field?: string): string[] {
  if (field === 'namePinyin') return pinyinTerms(text);
  if (field === 'nameInitials') return initialsTerms(text);
  return textTerms(text);
}

function toQuery(group: TermGroup): Query {
  const fields = TARGET_FIELDS[group.target];
  const boost: Record<string, number> = {};
  for (const f of fields) boost[f] = (f in TEXT_BOOST ? TEXT_BOOST[f as TextField] : TEXT_BOOST.name) * group.weight;
  const { prefixTerms } = group;
  return {
    queries: group.terms,
    combineWith: 'OR',
    fields,
    boost,
    prefix: prefixTerms ? (term: string) => prefixTerms.has(term) : false,
  };
}

/**
 * Hits scoring under this share of the best kept hit are dropped: they share only a common word (登记, 证明) or a
 * material name with the query, and a count of "420 matches" for 身份证 tells a resident nothing. The matters
 * meant by the recall queries score at least 0.4 of the best, so the floor leaves a wide margin.
 */
const RELEVANCE_FLOOR = 0.1;

/** A multiplier for ties: ten times the popularity adds about 5%, a first-issue matter 8%. */
function priorOf(m: SearchableMatter): number {
  const popularity = 0.05 * Math.log10(1 + Math.max(0, m.popularity));
  return (1 + popularity) * (FIRST_ISSUE.test(m.name) ? 1 + FIRST_ISSUE_BONUS : 1);
}

/** The catalog's search index: MiniSearch ranking over bigram + pinyin terms, with synonyms. */
export class MatterSearchIndex {
  // Per recent query: its plan, its ranking and the highlight ranges already worked out (they depend on nothing else).
  private readonly cache: Lru<
    string,
    { plan: QueryPlan; ranked: Ranked[]; highlights: Map<string, [number, number][]> }
  >;

  private constructor(
    private readonly mini: MiniSearch<SearchableMatter>,
    private readonly readings: Map<string, NameReading>,
    private readonly prior: Map<string, number>,
    private readonly pinyinVocabulary: PinyinVocabulary,
    cacheSize: number,
    private readonly keyForms: readonly KeyForm[] | undefined,
  ) {
    this.cache = new Lru(cacheSize);
  }

  /** `cacheSize`: how many recent queries keep their ranking (0 turns the cache off, e.g. to time searches). */
  static build(
    matters: SearchableMatter[],
    options: { cacheSize?: number; extraSynonyms?: readonly Synonym[] } = {},
  ): MatterSearchIndex {
    const mini = new MiniSearch<SearchableMatter>({
      idField: 'code',
      fields: FIELDS,
      extractField: (doc, field) => fieldValue(doc, field),
      tokenize: tokenizeField,
      // Terms come out of the tokenizer already normalised; MiniSearch must not lower-case or split them again.
      processTerm: (term) => term,
      searchOptions: { tokenize: (s) => [s], processTerm: (term) => term },
    });
    mini.addAll(matters);
    return new MatterSearchIndex(
      mini,
      new Map(matters.map((m) => [m.code, readName(m.name)])),
      new Map(matters.map((m) => [m.code, priorOf(m)])),
      new PinyinVocabulary(matters.flatMap((m) => pinyinTerms(m.name))),
      options.cacheSize ?? CACHE_SIZE,
      // The operators' synonyms (搜索缺口) join the built-in list; without any the built-in forms are used as they are.
      options.extraSynonyms?.length ? keyFormsOf([...SYNONYMS, ...options.extraSynonyms]) : undefined,
    );
  }

  /**
   * Ranked hits, best first. `highlightUpTo`: only the first N hits get highlight ranges (the page on screen);
   * the rest carry none, so counting every match stays cheap.
   */
  search(
    q: string,
    options: { limit?: number; filter?: (code: string) => boolean; highlightUpTo?: number } = {},
  ): SearchHit[] {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const key = normalizeText(q, MAX_QUERY_LENGTH);
    if (!key) return [];
    let cached = this.cache.get(key);
    if (!cached) {
      const plan = planQuery(key, this.keyForms);
      cached = { plan, ranked: this.rank(plan.groups), highlights: new Map() };
      this.cache.set(key, cached);
    }
    const { plan, ranked, highlights } = cached;
    const hits: SearchHit[] = [];
    let floor = 0;
    for (const r of ranked) {
      if (hits.length >= limit || r.score < floor) break;
      if (options.filter && !options.filter(r.code)) continue;
      if (hits.length === 0) floor = r.score * RELEVANCE_FLOOR;
      let ranges = hits.length < (options.highlightUpTo ?? limit) ? highlights.get(r.code) : [];
      if (!ranges) {
        const reading = this.readings.get(r.code);
        ranges = reading ? highlightRanges(reading, plan) : [];
        highlights.set(r.code, ranges);
      }
      hits.push({ code: r.code, score: r.score, highlights: ranges });
    }
    return hits;
  }

  /** Pinyin terms one typo away from what was typed (fenzhen → fenzheng), at a lower weight. */
  private typoGroup(group: TermGroup): TermGroup[] {
    const { fuzzyFrom } = group;
    if (!fuzzyFrom) return [];
    // Terms the index knows were probably typed right; only unknown ones look for a near neighbour.
    const terms = group.terms
      .filter((t) => t.length >= fuzzyFrom && !group.prefixTerms?.has(t) && !this.pinyinVocabulary.has(t))
      .flatMap((t) => this.pinyinVocabulary.near(t));
    return terms.length > 0 ? [{ terms, target: group.target, weight: group.weight * 0.6 }] : [];
  }

  private rank(groups: TermGroup[]): Ranked[] {
    if (groups.length === 0) return [];
    const all = [...groups, ...groups.flatMap((g) => this.typoGroup(g))];
    const results: SearchResult[] = this.mini.search({ combineWith: 'OR', queries: all.map(toQuery) });
    // A name sharing only single characters with a query that has words (狗咬人 vs 残疾人证) is noise.
    const hasWords = groups.some((g) => g.terms.some((t) => t.length > 1));
    return results
      .filter((r) => !hasWords || r.queryTerms.some((t) => t.length > 1))
      .map((r) => {
        const code = String(r.id);
        return { code, score: r.score * (this.prior.get(code) ?? 1) };
      })
      .sort((a, b) => b.score - a.score);
  }
}
