import type { ErrorBody, MatterPage } from '@zsb/contracts';
import fc from 'fast-check';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(() => sys.close(), 120_000);

const expectClientError = (res: { status: number; body: unknown }, code?: string): void => {
  expect(res.status).toBeGreaterThanOrEqual(400);
  expect(res.status).toBeLessThan(500);
  const body = res.body as ErrorBody;
  if (code) expect(body.code).toBe(code);
  expect(typeof body.requestId).toBe('string');
  // A message a resident can read: Chinese, not a stack trace or an English framework message.
  expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(body.message).not.toMatch(/Error|exception|undefined|should/i);
};

describe('bad input gets a clear 400 and changes nothing', () => {
  it.each([
    ['a page size above the maximum', '/api/v1/matters?pageSize=51'],
    ['a page of zero', '/api/v1/matters?page=0'],
    ['a page that is not a number', '/api/v1/matters?page=abc'],
    ['a fractional page size', '/api/v1/matters?pageSize=2.5'],
    ['an over-long query', `/api/v1/matters?q=${encodeURIComponent('社'.repeat(51))}`],
    ['control characters in the query', '/api/v1/matters?q=%E7%A4%BE%00%07'],
    ['a query sent twice', '/api/v1/matters?q=a&q=b'],
    ['an unknown parameter', '/api/v1/matters?foo=1'],
    ['a mobileReady that is not true/false', '/api/v1/matters?mobileReady=yes'],
    ['an unknown level', '/api/v1/matters?level=province'],
    ['a malformed domain', '/api/v1/matters?domain=%3Cscript%3E'],
    ['a malformed center id', '/api/v1/matters?centerId=..%2F..%2Fetc'],
    ['a malformed theme id', '/api/v1/themes/%3Cx%3E'],
  ])('refuses %s', async (_what, path) => {
    const res = await sys.get(path);
    expectClientError(res, 'VALIDATION_FAILED');
  });

  it('says which parameter is wrong, in Chinese', async () => {
    const res = await sys.get<ErrorBody>('/api/v1/matters?pageSize=500');
    expect(res.body.details?.[0]).toEqual({ field: 'pageSize', message: '每页条数不能大于 50' });
    expect(res.body.message).toContain('每页条数不能大于 50');
  });

  it.each(['abc', '410500-01020-001', '410500_010203_001', '%E7%A4%BE%E4%BF%9D', 'x'.repeat(150)])(
    'refuses the matter code %s as malformed',
    async (code) => {
      expectClientError(await sys.get(`/api/v1/matters/${code}`), 'MATTER_CODE_INVALID');
    },
  );

  it('answers unknown routes and wrong methods with the contract body', async () => {
    expectClientError(await sys.get('/api/v1/nothing-here'), 'ROUTE_NOT_FOUND');
    expectClientError(
      await sys.get('/api/v1/matters', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"q":',
      }),
    );
  });

  it('never answers 5xx to generated query strings', async () => {
    const key = fc.constantFrom(
      'q',
      'domain',
      'level',
      'mobileReady',
      'centerId',
      'page',
      'pageSize',
      'sort',
      '__proto__',
      'constructor',
    );
    const value = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.integer().map(String),
      fc.constantFrom('', 'true', '-1', '1e9', 'NaN', '[]', '{}', '%', '\u0000'),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(key, value), { maxLength: 5 }), async (pairs) => {
        const qs = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
        const res = await sys.get<MatterPage | ErrorBody>(`/api/v1/matters?${qs}`);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expectClientError(res);
      }),
      { numRuns: 300 },
    );
  });

  it('never answers 5xx to generated matter codes and theme ids', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 120 }), async (raw) => {
        for (const path of [
          `/api/v1/matters/${encodeURIComponent(raw)}`,
          `/api/v1/themes/${encodeURIComponent(raw)}`,
        ]) {
          const res = await sys.get(path);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expectClientError(res);
        }
      }),
      { numRuns: 200 },
    );
  });
});
