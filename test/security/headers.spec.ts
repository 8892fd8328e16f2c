import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { MatterPage, Session } from '@zsb/contracts';
import { png, uploadFile } from '../support/files';
import { expectContractRefusal } from '../support/refusals';
import { bearer, sandboxResidents, verifiedSession } from '../support/residents';
import { productionEnv } from '../support/production-env';
import { rawGet } from '../support/raw-http';
import { startSystem, type RunningSystem } from '../support/system';

// Item 9 of security issue 13: security headers on everything served, compression of JSON, CORS kept closed.

// A stand-in for the H5 build: Taro's index.html carries one inline script, which the CSP allows by its hash.
const INLINE = '!function(n){n.document.documentElement.style.fontSize="20px"}(window);';
const h5Dir = mkdtempSync(join(tmpdir(), 'zsb-h5-'));
mkdirSync(join(h5Dir, 'js'));
writeFileSync(
  join(h5Dir, 'index.html'),
  `<!doctype html><html><head><script>${INLINE}</script><script defer src="/js/app.js"></script></head><body><div id="app"></div></body></html>`,
);
writeFileSync(join(h5Dir, 'js/app.js'), `console.log(${JSON.stringify('掌上办'.repeat(2000))});`);

let sys: RunningSystem;
let guidePath: string;
beforeAll(async () => {
  sys = await startSystem({ env: { H5_DIR: h5Dir } });
  const page = await sys.get<MatterPage>('/api/v1/matters?pageSize=1');
  guidePath = `/api/v1/matters/${page.body.items[0].code}`;
});
afterAll(async () => {
  await sys.close();
  rmSync(h5Dir, { recursive: true, force: true });
}, 120_000);

const cspOf = (headers: Headers | Record<string, unknown>): Map<string, string[]> => {
  const value =
    headers instanceof Headers
      ? headers.get('content-security-policy')
      : (headers['content-security-policy'] as string);
  return new Map(
    (value ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
};

function expectSecurityHeaders(headers: Headers): void {
  const csp = cspOf(headers);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
}

describe('security headers', () => {
  it('on an API answer, without HSTS outside production', async () => {
    const res = await sys.get('/api/v1/domains');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('on a guide served from the catalog response cache (answered before routing completes)', async () => {
    await sys.get(guidePath);
    const res = await sys.get(guidePath);
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it('on the H5 page, whose own inline script is allowed by its hash and no other', async () => {
    const res = await sys.get('/');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
    const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    // Besides its own inline script, only Taro's tab bar links (href="javascript:;"), by their hash.
    expect(cspOf(res.headers).get('script-src')).toEqual([
      "'self'",
      hash(INLINE),
      "'unsafe-hashes'",
      hash('javascript:;'),
    ]);
  });

  it('on refusals: an unknown route, a missing sign-in, a malformed URL', async () => {
    for (const path of ['/api/v1/nothing', '/api/v1/me']) {
      const res = await sys.get(path);
      expectContractRefusal(res);
      expectSecurityHeaders(res.headers);
    }
    const bad = await sys.get('/api/v1/matters/%FF');
    expectContractRefusal(bad, { status: 400 });
    expect(bad.headers.get('x-content-type-options')).toBe('nosniff');
    expect(cspOf(bad.headers).get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('keep the OpenAPI page working: its scripts come from the same origin', async () => {
    const page = await sys.get<string>('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const scripts = [...page.body.matchAll(/<script[^>]*src=["']([^"']+)["']/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    expect(scripts.every((s) => !/^(https?:)?\/\//.test(s))).toBe(true);
    expect(/<script>\s*\S/.test(page.body)).toBe(false);
    expect((await sys.get('/api/docs-json')).status).toBe(200);
  });

  it('leave an upload’s own stricter policy in place', async () => {
    const alice: Session = await verifiedSession(sys, (await sandboxResidents(sys))[0]);
    const up = await uploadFile<{ id: string }>(sys, alice, { name: 'a.png', bytes: await png({ alpha: false }) });
    const res = await fetch(`${sys.url}/api/v1/uploads/${up.body.id}/content`, { headers: bearer(alice) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(res.headers.get('content-encoding')).toBeNull();
  });
});

describe('HSTS in the production profile', () => {
  let prod: RunningSystem;
  beforeAll(async () => {
    // Secrets of its own (production refuses committed or weak ones); the upstreams stay the test's sandbox.
    const { PLATFORM_URL: _elsewhere, ...env } = productionEnv();
    prod = await startSystem({ synced: false, env });
  });
  afterAll(() => prod.close(), 120_000);

  it('tells browsers to use HTTPS for a year, and to upgrade any http:// asset', async () => {
    const res = await prod.get('/health/live');
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(cspOf(res.headers).has('upgrade-insecure-requests')).toBe(true);
  });
});

describe('compression', () => {
  it('compresses a guide with brotli or gzip, to the same JSON, and says it varies by Accept-Encoding', async () => {
    const plain = await rawGet(`${sys.url}${guidePath}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes.length).toBeGreaterThan(1024);
    const br = await rawGet(`${sys.url}${guidePath}`, { 'accept-encoding': 'br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length * 0.8);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const gz = await rawGet(`${sys.url}${guidePath}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).equals(plain.bytes)).toBe(true);
  });

  it('still answers a conditional GET with a bodiless 304, compressed or not, cached or not', async () => {
    const first = await rawGet(`${sys.url}${guidePath}`, { 'accept-encoding': 'br, gzip' });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^W\//);
    for (const encoding of ['br, gzip', 'gzip', 'identity']) {
      const again = await rawGet(`${sys.url}${guidePath}`, { 'accept-encoding': encoding, 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
      expect(again.headers['content-encoding']).toBeUndefined();
    }
  });

  it('leaves small answers alone (below 1 KB it costs more than it saves)', async () => {
    const res = await rawGet(`${sys.url}/health/live`, { 'accept-encoding': 'br, gzip' });
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('compresses the H5 app’s JavaScript', async () => {
    const res = await rawGet(`${sys.url}/js/app.js`, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
  });
});

describe('CORS stays closed', () => {
  it('a foreign origin gets no Access-Control-Allow-Origin, on a read or a preflight', async () => {
    const read = await rawGet(`${sys.url}/api/v1/domains`, { origin: 'https://evil.example' });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
    expect(read.headers['access-control-allow-credentials']).toBeUndefined();
    const preflight = await rawGet(
      `${sys.url}/api/v1/me`,
      {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
      'OPTIONS',
    );
    expect(preflight.status).toBeGreaterThanOrEqual(400);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-headers']).toBeUndefined();
  });
});
