import { pinyin } from 'pinyin-pro';

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 5000;

/**
 * Toneless pinyin of each character of a run of Han characters, one syllable per character (ü as v),
 * read in context so polyphones follow the word (银行 → yin hang).
 */
export function pinyinOf(han: string): string[] {
  let syllables = cache.get(han);
  if (!syllables) {
    syllables = pinyin(han, { toneType: 'none', type: 'array', v: true });
    // pinyin-pro returns one entry per character for pure Han input; anything else is a surprise, so
    // fall back to per-character readings rather than misalign positions.
    if (syllables.length !== han.length) syllables = Array.from(han, (ch) => pinyin(ch, { toneType: 'none', v: true }));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(han, syllables);
  }
  return syllables;
}

export function initialsOf(syllables: readonly string[]): string[] {
  return syllables.map((s) => s[0] ?? '');
}
