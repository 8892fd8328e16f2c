import qrcode from 'qrcode-generator';

/** matrix[row][col] is true for a dark module. */
export type QrMatrix = boolean[][];

/** Error correction M survives a scratched or glare-washed phone screen and keeps the code small. */
export function encodeQr(text: string): QrMatrix {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (__, col) => qr.isDark(row, col)));
}

/** A horizontal stretch of dark modules, in modules, quiet zone included. */
export interface QrRun {
  x: number;
  y: number;
  length: number;
}

/** The spec asks for a 4-module light margin; scanners lock on faster with it. */
export const QUIET_ZONE = 4;

/** Dark runs row by row: a 33×33 code becomes a few hundred boxes instead of a thousand. */
export function darkRuns(matrix: QrMatrix, quiet = QUIET_ZONE): QrRun[] {
  const runs: QrRun[] = [];
  matrix.forEach((row, y) => {
    let start = -1;
    for (let x = 0; x <= row.length; x++) {
      const dark = x < row.length && row[x];
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start + quiet, y: y + quiet, length: x - start });
        start = -1;
      }
    }
  });
  return runs;
}

/** Position and size as CSS percentages of the square, so the code scales with the box it is drawn in. */
export interface QrCell {
  left: string;
  top: string;
  width: string;
  height: string;
}

// Each box reaches a hair (3 % of a module) into its right and lower neighbour, so rounding to device pixels
// can never leave a light seam between two dark modules.
const BLEED = 0.03;

const pct = (v: number) => `${Number(v.toFixed(4))}%`;

export function runsToCells(runs: readonly QrRun[], size: number): QrCell[] {
  const unit = 100 / size;
  return runs.map((r) => ({
    left: pct(r.x * unit),
    top: pct(r.y * unit),
    width: pct((r.length + BLEED) * unit),
    height: pct((1 + BLEED) * unit),
  }));
}

/** The boxes to draw for a text, and the side of the square in modules (code + quiet zone on both sides). */
export function qrCells(text: string, quiet = QUIET_ZONE): { size: number; cells: QrCell[] } {
  const matrix = encodeQr(text);
  const size = matrix.length + 2 * quiet;
  return { size, cells: runsToCells(darkRuns(matrix, quiet), size) };
}
