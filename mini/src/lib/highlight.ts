import type { MatchRange } from '@zsb/contracts';

export interface TextPiece {
  text: string;
  hit: boolean;
}

/**
 * Splits `text` into plain and matched pieces from [start, end) ranges. Ranges from the server may be
 * unsorted, overlapping or out of bounds (a renamed matter); they are clamped and merged rather than trusted.
 */
export function splitHighlights(text: string, ranges: readonly MatchRange[] | undefined): TextPiece[] {
  if (!text) return [];
  const clean = (ranges ?? [])
    .map(([s, e]): MatchRange => [Math.max(0, Math.floor(s)), Math.min(text.length, Math.floor(e))])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);

  const merged: MatchRange[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }

  const pieces: TextPiece[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) pieces.push({ text: text.slice(at, s), hit: false });
    pieces.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), hit: false });
  return pieces;
}
