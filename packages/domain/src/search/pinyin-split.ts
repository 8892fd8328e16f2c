// Every toneless Mandarin syllable (ü written v, as on a phone keyboard), from pinyin-pro's readings of
// U+4E00–U+9FA5 without the interjections m/ng, which would let any stray consonant count as a syllable.
const SYLLABLES = new Set(
  (
    'a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ' +
    'ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong ' +
    'cou cu cuan cui cun cuo da dai dan dang dao de den deng di dia dian diao die ding diu dong dou du duan dui dun ' +
    'duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai ' +
    'guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia ' +
    'jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai ' +
    'kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan ' +
    'lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ' +
    'ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen ' +
    'peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang ' +
    'rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she ' +
    'shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang ' +
    'tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian ' +
    'xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za ' +
    'zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan ' +
    'zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo'
  ).split(' '),
);
const MAX_SYLLABLE = 6;

const PREFIXES = new Set<string>();
for (const s of SYLLABLES) for (let i = 1; i <= s.length; i += 1) PREFIXES.add(s.slice(0, i));

export interface PinyinSplit {
  syllables: string[];
  /** The last piece is only the start of a syllable: the resident is still typing. */
  partial: boolean;
}

export function isPinyinSyllable(s: string): boolean {
  return SYLLABLES.has(s);
}

/**
 * Splits unsegmented pinyin ("shebaoka" → she bao ka) into the fewest syllables, preferring longer
 * ones first (fangan → fang an). A trailing fragment that starts a syllable ("shenfenzh") is kept as a
 * partial piece. Returns null when the letters are not pinyin, e.g. initials like "sfz".
 */
export function splitPinyin(input: string): PinyinSplit | null {
  // Residents type lue/nue for lüe/nüe; apostrophes (xi'an) were removed by normalisation already.
  const s = input.replace(/([ln])ue/g, '$1ve');
  const n = s.length;
  // best[i]: fewest syllables covering s[i..]; the last piece may be a prefix only when it reaches the end.
  const best: { count: number; next: number; partial: boolean }[] = new Array(n + 1);
  best[n] = { count: 0, next: n, partial: false };
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let len = Math.min(MAX_SYLLABLE, n - i); len >= 1; len -= 1) {
      const piece = s.slice(i, i + len);
      const whole = SYLLABLES.has(piece);
      const tail = i + len === n && !whole && PREFIXES.has(piece);
      const rest = best[i + len];
      if ((!whole && !tail) || !rest) continue;
      const candidate = { count: rest.count + 1, next: i + len, partial: tail || rest.partial };
      const current = best[i];
      // Complete splits beat partial ones; then fewer syllables; ties keep the longer first syllable.
      if (
        !current ||
        (current.partial && !candidate.partial) ||
        (current.partial === candidate.partial && candidate.count < current.count)
      ) {
        best[i] = candidate;
      }
    }
  }
  if (!best[0]) return null;
  const syllables: string[] = [];
  for (let i = 0; i < n; i = best[i].next) syllables.push(s.slice(i, best[i].next));
  return { syllables, partial: best[0].partial };
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

// Kinds of single typing mistakes, likeliest first: swapped neighbours (zhegn), a letter left out,
// a wrong letter, an extra letter.
const EDIT_KINDS: ((s: string) => string[])[] = [
  (s) => Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2)),
  (s) =>
    Array.from({ length: s.length + 1 }, (_, i) => Array.from(LETTERS, (c) => s.slice(0, i) + c + s.slice(i))).flat(),
  (s) => Array.from(s, (_, i) => Array.from(LETTERS, (c) => s.slice(0, i) + c + s.slice(i + 1))).flat(),
  (s) => Array.from(s, (_, i) => s.slice(0, i) + s.slice(i + 1)),
];

/**
 * Readings of pinyin with one typing mistake (shenfenzhegn → shen fen zheng), for input that does not
 * split into whole syllables. Without a language model the right correction cannot be picked, so all complete splits
 * of the likeliest kind of mistake come back (at most `max`, fewest syllables first) for the index to
 * decide. Input under `minLength` letters is more likely initials than misspelt pinyin and gets none.
 */
export function pinyinCorrections(input: string, minLength = 5, max = 4): string[][] {
  if (input.length < minLength) return [];
  const exact = splitPinyin(input);
  if (exact && !exact.partial) return [];
  // Pinyin has a vowel in nearly every syllable; "sfzbb" is initials, and trying edits on it costs time.
  const vowels = input.replace(/[^aeiouv]/g, '').length;
  if (vowels * 4 < input.length) return [];
  for (const kind of EDIT_KINDS) {
    const found = new Map<string, string[]>();
    for (const candidate of kind(input)) {
      const split = splitPinyin(candidate);
      if (split && !split.partial) found.set(split.syllables.join(' '), split.syllables);
    }
    if (found.size > 0) return [...found.values()].sort((a, b) => a.length - b.length).slice(0, max);
  }
  return [];
}
