import type { RawGuide, RawMatter } from './data';
import { localiseName } from './localise';

export interface CatalogRecord {
  raw: RawMatter;
  /** The name as Anyang's catalog says it (localise.ts). */
  name: string;
  /** The record's own 办事指南, or the one of a record merged into it. */
  guide: RawGuide | undefined;
}

/**
 * The catalog's matters, in record order. Records whose localised names coincide are one matter in Anyang's
 * catalog (最低生活保障 of 广安区's list and 最低生活保障（中牟县黄店镇）, a township guide of the same matter): the
 * first record stands, and takes the 办事指南 of a merged record when it has none of its own.
 */
export function catalogRecords(matters: readonly RawMatter[], guides: ReadonlyMap<string, RawGuide>): CatalogRecord[] {
  const byName = new Map<string, CatalogRecord>();
  for (const raw of matters) {
    const name = localiseName(raw.name);
    const first = byName.get(name);
    if (!first) byName.set(name, { raw, name, guide: guides.get(raw.id) });
    else first.guide ??= guides.get(raw.id);
  }
  return [...byName.values()];
}
