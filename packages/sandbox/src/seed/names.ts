import type { RawMatter } from './data';

const TRAILING_NOTE = /[（(]([^（()）]+)[)）]$/;

// A region note names the place a guide was copied from (（张店区）, （益阳规定）). Notes about the level that
// exercises the power (（县级行使）) or the scope of the matter (（包括临时）) are part of the name and stay.
function isRegionNote(note: string): boolean {
  if (/级/.test(note)) return false;
  return /(省|市|区|县|镇|乡|街道|成都|宣城|益阳)(工作流程|规定)?$/.test(note);
}

/** The name without a trailing region note, or the name itself when it has none. */
export function withoutRegionNote(name: string): string {
  const m = TRAILING_NOTE.exec(name);
  return m && isRegionNote(m[1]) ? name.slice(0, m.index) : name;
}

/**
 * Catalog names for all matters, by id. A note is dropped only when the shorter name stays unique: two guides
 * of the same matter from different places (特困人员救助供养（禹州市鸿畅镇）/（南川西路街道）) keep their notes
 * so residents can tell them apart.
 */
export function catalogNames(matters: readonly RawMatter[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const m of matters) {
    const short = withoutRegionNote(m.name);
    count.set(short, (count.get(short) ?? 0) + 1);
  }
  return new Map(
    matters.map((m) => {
      const short = withoutRegionNote(m.name);
      return [m.id, count.get(short) === 1 ? short : m.name];
    }),
  );
}
