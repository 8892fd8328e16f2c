import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { acceptedEncoding, compressOnce } from './compression';

describe('acceptedEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip;q=0, *', 'br'],
  ])('%p → %p', (header, expected) => {
    expect(acceptedEncoding(header)).toBe(expected);
  });
});

describe('compressOnce', () => {
  it('compresses an answer once per encoding, to the same text', () => {
    const answer = {};
    const text = JSON.stringify({ guide: '社会保障卡'.repeat(300) });
    const br = compressOnce(answer, text, 'br');
    expect(compressOnce(answer, text, 'br')).toBe(br);
    expect(brotliDecompressSync(br).toString()).toBe(text);
    expect(gunzipSync(compressOnce(answer, text, 'gzip')).toString()).toBe(text);
  });
});
