import type { RawMatter } from './data';
import type { DomainProfile } from './domains';
import { rngFor } from './prng';

// Monthly application counts for the matters everybody needs; they make the "hot matters" list look like a
// real county's. Ranges are per 30 days for the whole city.
const HOT: [RegExp, [number, number]][] = [
  [/社会保障卡(申领|补领|启用|挂失)|电子社会保障卡/, [3000, 6000]],
  [/医保电子凭证|住院费用报销|门诊费用报销/, [1800, 4500]],
  [/居民身份证办理/, [3000, 5500]],
  [/养老保险待遇申领|待遇领取资格认证|正常退休/, [1500, 3800]],
  [/出生登记|户口变更|户口登记|迁出、迁入/, [1200, 2800]],
  [/城乡居民.*参保登记|城乡居民参保/, [1000, 2600]],
  [/最低生活保障|低保/, [900, 2200]],
  [/高龄津贴|老年人优待|老年优待/, [700, 1800]],
  [/个人权益记录|参保证明|养老金发放明细/, [600, 1600]],
  [/失业保险金申领|失业登记|就业登记/, [600, 1500]],
  [/社会保障卡|居民身份证|异地.*备案|参保登记|参保信息/, [400, 1500]],
  [/户口|临时救助|特困|残疾人证|护理补贴|生活补贴|婚姻登记|结婚/, [250, 900]],
  [/查询|打印/, [150, 700]],
];

export function popularityOf(raw: RawMatter, profile: DomainProfile): number {
  const r = rngFor(raw.id, 'popularity');
  const hot = HOT.find(([re]) => re.test(raw.name));
  const [min, max] = hot ? hot[1] : profile.popularity;
  return r.int(min, max);
}
