const TRAILING_NOTE = /[（(]([^（()）]+)[)）]$/;
const PLACE_SUFFIX = /(省|市|州|县|区|旗|镇|乡|街道|村|社区)$/;
const SOURCE_WORDS = /(规定|工作流程)$/;

/**
 * Drops a trailing note naming the place a guide was copied from — 结婚登记（成都）,
 * 临时救助（尖山区工作流程） — but keeps notes that belong to the matter: （包括临时）, （县级）, （备案）.
 * `region` (e.g. 四川省成都市) catches bare place names without a suffix.
 */
export function stripRegionNote(name: string, region?: string | null): string {
  const m = TRAILING_NOTE.exec(name);
  if (!m) return name;
  const note = m[1].replace(SOURCE_WORDS, '');
  const isPlace = PLACE_SUFFIX.test(note) || (note.length >= 2 && region != null && region.includes(note));
  return isPlace ? name.slice(0, m.index).trim() : name;
}
