import type { RawMatter } from './data';
import type { DomainProfile } from './domains';
import { rngFor } from './prng';

// Monthly application counts for the matters everybody needs; they make the "hot matters" list look like a
// real county's. Ranges are per 30 days for the whole city.
const HOT: [RegExp, [number, number]][] = [
  [/社会保障卡/, [2500, 6000]],
  [/医保电子凭证|住院费用报销|门诊费用报销|异地.*备案/, [1800, 4500]],
  [/居民身份证/, [2500, 5500]],
  [/户口|出生登记|迁出、迁入/, [1200, 3000]],
  [/养老保险待遇|资格认证|退休|养老金/, [1500, 3800]],
  [/参保登记|参保信息/, [1000, 2600]],
  [/最低生活保障|低保/, [900, 2200]],
  [/高龄津贴|老年人优待|老年优待/, [700, 1800]],
  [/失业保险金|失业登记|就业登记/, [600, 1500]],
  [/查询|打印/, [400, 1500]],
  [/临时救助|特困|残疾人证|护理补贴|生活补贴/, [250, 800]],
  [/婚姻登记|结婚/, [300, 900]],
];

export function popularityOf(raw: RawMatter, profile: DomainProfile): number {
  const r = rngFor(raw.id, 'popularity');
  const hot = HOT.find(([re]) => re.test(raw.name));
  const [min, max] = hot ? hot[1] : profile.popularity;
  return r.int(min, max);
}
