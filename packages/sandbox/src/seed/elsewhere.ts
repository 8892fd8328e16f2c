import { type RawMatter, loadDivisions, loadRawData } from './data';
import { PROVINCES } from './localise';

// A check for the tests (seed specs and the API suites): which names of places outside Anyang a displayed text
// holds. It finds the places in the seed records' `region` by their suffixes, independently of localise.ts's own
// list, so a place that list misses still fails the tests.

const FILLER = /未在摘录中标明|可能为|推断为|未核实|所属县|栏目|所发|微观/g;
const UNIT = /[\u4e00-\u9fff]+?(?:自治州|地区|州市|市|州|盟|区|县|旗|街道|镇|乡(?!街道))/g;

/** Prefectures, counties and townships that the records' regions name (四川省广安市广安区 → 广安市, 广安区). */
export function foreignPlacesOf(matters: readonly RawMatter[]): string[] {
  const found = new Set<string>();
  for (const { region } of matters as readonly (RawMatter & { region?: string | null })[]) {
    if (!region) continue;
    let text = region.replace(FILLER, '、');
    for (const [full, short] of PROVINCES) text = text.split(full).join('、').split(short).join('、');
    for (const part of text.split(/[（）()；;，,、“”\s]/)) {
      for (const unit of part.match(UNIT) ?? []) found.add(unit);
    }
  }
  return [...found].sort();
}

/** Henan and Anyang: the province, the city, its districts, counties and townships. */
function anyangNames(): string[] {
  const d = loadDivisions();
  return [
    '河南省',
    '河南',
    d.city.name,
    '安阳',
    ...d.counties.flatMap((c) => [c.name, ...c.townships.map((t) => t.name)]),
  ].sort((a, b) => b.length - a.length);
}

/**
 * A function that lists the names of places outside Anyang in a text: every province but Henan (full and short
 * name), every place the records' regions name, and a prefecture-level city without its suffix (成都, 益阳).
 * Anyang's own names are taken out first, so 安阳县 never reads as a county elsewhere.
 */
export function elsewhereFinder(): (text: string) => string[] {
  const places = foreignPlacesOf(loadRawData().matters).filter((p) => !p.startsWith('安阳'));
  const stems = places.filter((p) => /[市州]$/.test(p) && p.length >= 3).map((p) => p.slice(0, -1));
  const forbidden = [...PROVINCES.filter(([full]) => full !== '河南省').flat(), ...places, ...stems];
  const allowed = anyangNames();
  return (text) => {
    let rest = text;
    for (const name of allowed) rest = rest.split(name).join('·');
    return forbidden.filter((f) => rest.includes(f));
  };
}
