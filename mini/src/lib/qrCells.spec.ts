import { describe, expect, it } from '@jest/globals';
import { darkRuns, encodeQr, qrCells, runsToCells, type QrMatrix } from './qrCells';

// The shape of a BFF display code: 22 url-safe characters, a dot, a 22-character tag.
const CODE = 'q1w2e3r4t5y6u7i8o9p0AS.zXcVbNm-_QwErTyUiOp12';

const finderAt = (m: QrMatrix, top: number, left: number) =>
  Array.from({ length: 7 }, (_, r) =>
    Array.from({ length: 7 }, (__, c) => (m[top + r][left + c] ? 1 : 0)).join(''),
  ).join('/');

const FINDER = '1111111/1000001/1011101/1011101/1011101/1000001/1111111';

describe('QR code for a display code', () => {
  it('fits a 45-character display code in a version-4 code (33 × 33) at error correction M', () => {
    const m = encodeQr(CODE);
    expect(m).toHaveLength(33);
    expect(m.every((row) => row.length === 33)).toBe(true);
  });

  it('has the three finder patterns scanners look for', () => {
    const m = encodeQr(CODE);
    expect(finderAt(m, 0, 0)).toBe(FINDER);
    expect(finderAt(m, 0, 26)).toBe(FINDER);
    expect(finderAt(m, 26, 0)).toBe(FINDER);
  });

  it('turns each row into runs of dark modules, shifted by the quiet zone', () => {
    const m: QrMatrix = [
      [true, true, false, true],
      [false, false, false, false],
      [false, true, true, true],
    ];
    expect(darkRuns(m, 4)).toEqual([
      { x: 4, y: 4, length: 2 },
      { x: 7, y: 4, length: 1 },
      { x: 5, y: 6, length: 3 },
    ]);
  });

  it('draws exactly the dark modules of the code, nothing in the quiet zone', () => {
    const m = encodeQr(CODE);
    const dark = m.flat().filter(Boolean).length;
    const runs = darkRuns(m);
    expect(runs.reduce((n, r) => n + r.length, 0)).toBe(dark);
    for (const r of runs) {
      expect(r.x).toBeGreaterThanOrEqual(4);
      expect(r.y).toBeGreaterThanOrEqual(4);
      expect(r.x + r.length).toBeLessThanOrEqual(4 + 33);
      expect(r.y).toBeLessThan(4 + 33);
    }
  });

  it('places boxes as percentages of the square, quiet zone included', () => {
    const [cell] = runsToCells([{ x: 4, y: 10, length: 5 }], 40);
    expect(cell).toEqual({ left: '10%', top: '25%', width: '12.575%', height: '2.575%' });
    expect(qrCells(CODE).size).toBe(41);
  });
});
