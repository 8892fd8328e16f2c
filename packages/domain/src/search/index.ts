export { MAX_QUERY_LENGTH, normalizeText, segments, isHan } from './normalize';
export type { Segment, SegmentKind } from './normalize';
export { splitPinyin, pinyinCorrections, isPinyinSyllable } from './pinyin-split';
export type { PinyinSplit } from './pinyin-split';
export { pinyinOf, initialsOf } from './pinyin';
export {
  tokenize,
  textTerms,
  pinyinTerms,
  initialsTerms,
  analyzeQuery,
  latinPinyinTerms,
  latinInitialsTerms,
} from './tokenize';
export type { AnalyzedQuery, LatinQueryPart } from './tokenize';
