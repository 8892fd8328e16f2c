import type { Level } from '../wire';
import type { RawMatter } from './data';
import type { DomainProfile } from './domains';
import { rngFor } from './prng';

// How many matters each tier carries. The policy floors are 200 at a township center, 150 at a street center
// and 40 at a village station; every center of a tier may drop a few, so the tiers carry a margin.
export const LEVEL_TARGETS = { township: 240, street: 180, village: 64 } as const;
export const LEVEL_FLOORS = { township: 200, street: 150, village: 40 } as const;

export interface LevelInput {
  raw: RawMatter;
  profile: DomainProfile;
}

// Things residents do near home: enrolments, certifications, allowances, assistance applications.
const VILLAGE_WORK =
  /参保登记|资格认证|高龄|低保|最低生活保障|特困|五保|临时救助|护理补贴|生活补贴|优待|医保电子凭证|社会保障卡(申领|启用)|城乡居民|扶助金|生育登记|失业登记|就业登记|公益性岗位|待遇申领|待遇领取|优待金|出生医学证明|辅助器具/;

function rank(
  inputs: readonly LevelInput[],
  forced: (i: LevelInput) => boolean,
  weight: (i: LevelInput) => number,
  target: number,
  tag: string,
): Set<string> {
  const chosen = new Set(inputs.filter(forced).map((i) => i.raw.id));
  const rest = inputs
    .filter((i) => !chosen.has(i.raw.id) && weight(i) > 0)
    .map((i) => ({ id: i.raw.id, score: weight(i) + rngFor(i.raw.id, tag).next() * 0.35 }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  for (const r of rest) {
    if (chosen.size >= target) break;
    chosen.add(r.id);
  }
  return chosen;
}

/** use_level of every matter, by id: a sorted comma list such as "1,2,3". */
export function assignLevels(inputs: readonly LevelInput[]): Map<string, string> {
  const has = (i: LevelInput, level: string): boolean => i.raw.levels?.includes(level) ?? false;
  const township = rank(
    inputs,
    (i) => has(i, '乡镇'),
    (i) => i.profile.township,
    LEVEL_TARGETS.township,
    'lvl-2',
  );
  const street = rank(
    inputs,
    (i) => has(i, '乡镇') && i.profile.street > 0.2,
    (i) => i.profile.street,
    LEVEL_TARGETS.street,
    'lvl-3',
  );
  const village = rank(
    inputs,
    (i) => has(i, '村'),
    (i) => (VILLAGE_WORK.test(i.raw.name) ? i.profile.village + 0.5 : i.profile.village * 0.5),
    LEVEL_TARGETS.village,
    'lvl-4',
  );
  return new Map(
    inputs.map((i) => {
      const levels: Level[] = [];
      // Sources that list only township/village tiers are not handled at the county hall.
      const countyToo = i.raw.levels === null || i.raw.levels.includes('县') || i.raw.levels.includes('市');
      if (countyToo) levels.push('1');
      if (township.has(i.raw.id)) levels.push('2');
      if (street.has(i.raw.id)) levels.push('3');
      if (village.has(i.raw.id)) levels.push('4');
      if (levels.length === 0) levels.push('1');
      return [i.raw.id, levels.join(',')];
    }),
  );
}
