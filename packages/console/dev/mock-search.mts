// Development only: made-up 搜索缺口 and operator synonyms for `vite --mode mock`.
import type { OperatorSynonym, SearchGapList, SynonymRequest } from '@zsb/contracts';

const WORDS = [
  '三代卡补办',
  '老年证',
  '开证明',
  '准迁证',
  '办身份证要带啥',
  '宅基地 确权',
  'sbk',
  '低保****',
  '新生儿落户',
  '种粮补贴',
];

const beijing = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().replace('Z', '+08:00').replace(/\.\d+/, '');

export function gapsOf(days: number): SearchGapList {
  const now = Date.now();
  const items = WORDS.slice(0, days === 7 ? 4 : days === 30 ? 8 : WORDS.length).map((query, i) => ({
    query,
    count: Math.round((days / 7) * (40 - i * 4)),
    lastAt: beijing(now - i * 5 * 3600_000),
  }));
  return { items, since: beijing(now - (days - 1) * 86_400_000).slice(0, 10) };
}

export let synonyms: OperatorSynonym[] = [
  {
    id: 's1',
    says: '老年证',
    means: ['老年人优待证'],
    addedBy: '王*国',
    county: '林州市',
    addedAt: beijing(Date.now() - 3 * 86_400_000),
    inEffect: true,
  },
];

export function addSynonym(body: SynonymRequest): OperatorSynonym {
  const s: OperatorSynonym = {
    id: `s${Date.now()}`,
    ...body,
    addedBy: '王*国',
    county: '林州市',
    addedAt: beijing(Date.now()),
    inEffect: false,
  };
  synonyms = [s, ...synonyms];
  return s;
}

export function removeSynonym(id: string): void {
  synonyms = synonyms.filter((s) => s.id !== id);
}
