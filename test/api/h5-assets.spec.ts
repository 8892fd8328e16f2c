// The H5 build as the BFF serves it: the build's brotli/gzip copies as they are (mini/scripts/precompress.mjs),
// hashed assets cached for a year without revalidation, index.html revalidated on every load.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { rawGet } from '../support/raw-http';
import { startSystem, type RunningSystem } from '../support/system';

const h5Dir = mkdtempSync(join(tmpdir(), 'zsb-h5-assets-'));
const SCRIPT = `console.log(${JSON.stringify('办事指南'.repeat(3000))});`;
mkdirSync(join(h5Dir, 'js'));
writeFileSync(
  join(h5Dir, 'index.html'),
  `<!doctype html><html><head><script defer src="/js/app.0a1b2c3d.js"></script></head><body><div id="app">${'掌上办'.repeat(400)}</div></body></html>`,
);
writeFileSync(join(h5Dir, 'js/app.0a1b2c3d.js'), SCRIPT);
writeFileSync(join(h5Dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

let sys: RunningSystem;
beforeAll(async () => {
  execFileSync(process.execPath, [resolve(__dirname, '../../mini/scripts/precompress.mjs'), h5Dir]);
  sys = await startSystem({ env: { H5_DIR: h5Dir }, synced: false });
});
afterAll(async () => {
  await sys.close();
  rmSync(h5Dir, { recursive: true, force: true });
}, 120_000);

const get = (path: string, headers: Record<string, string> = {}) => rawGet(`${sys.url}${path}`, headers);

describe('the H5 build as served', () => {
  it('has a brotli and a gzip copy of each text asset of 1 KB or more, and none of a smaller one', () => {
    expect(existsSync(join(h5Dir, 'js/app.0a1b2c3d.js.br'))).toBe(true);
    expect(existsSync(join(h5Dir, 'js/app.0a1b2c3d.js.gz'))).toBe(true);
    expect(existsSync(join(h5Dir, 'index.html.br'))).toBe(true);
    expect(existsSync(join(h5Dir, 'favicon.svg.br'))).toBe(false);
  });

  it('sends the build’s brotli copy to a browser that takes brotli, gzip to one that takes only gzip', async () => {
    const br = await get('/js/app.0a1b2c3d.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.bytes).toString()).toBe(SCRIPT);
    expect(br.bytes.length).toBeLessThan(SCRIPT.length / 10);
    const gz = await get('/js/app.0a1b2c3d.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString()).toBe(SCRIPT);
    const plain = await get('/js/app.0a1b2c3d.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.toString()).toBe(SCRIPT);
  });

  it('lets a phone keep hashed assets for a year, revalidates index.html, and keeps the unhashed icon a week', async () => {
    const asset = await get('/js/app.0a1b2c3d.js', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/', { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(page.bytes).toString()).toContain('app.0a1b2c3d.js');
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('public, max-age=604800');
  });
});
