import type { ErrorBody, Session } from '@zsb/contracts';
import { contractProblem, expectContractRefusal, sendRaw } from '../support/refusals';
import { bearer, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// Item 8 of security issue 13: every refusal in the contract ({code, message, requestId}), in Chinese, whatever
// produced it (Fastify's router, Node's HTTP parser, Nest's pipes, class-validator or zod defaults).

let sys: RunningSystem;
let session: Session;
beforeAll(async () => {
  sys = await startSystem({ env: { RATE_LIMIT_FACTOR: '1000' } });
  session = await verifiedSession(sys, (await sandboxResidents(sys))[0]);
});
afterAll(() => sys.close(), 120_000);

const host = (): string => new URL(sys.url).host;
const json = (method: string, path: string, body: unknown) =>
  sys.get<ErrorBody>(path, {
    method,
    headers: { 'content-type': 'application/json', ...bearer(session) },
    body: JSON.stringify(body),
  });

describe('refusals of the router, before any hook runs', () => {
  it('a URL that is not valid percent-encoding: 400, in Chinese, without repeating the URL', async () => {
    const res = await sys.get('/api/v1/matters/%FF%3Cscript%3E');
    const body = expectContractRefusal(res, { status: 400, code: 'REQUEST_MALFORMED' });
    expect(JSON.stringify(body)).not.toMatch(/%FF|script|matters/i);
    expect(res.headers.get('x-request-id')).toBe(body.requestId);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a path parameter past the router limit: 414, in Chinese, without repeating it', async () => {
    const res = await sys.get(`/api/v1/matters/${'a'.repeat(300)}`);
    const body = expectContractRefusal(res, { status: 414, code: 'REQUEST_MALFORMED' });
    expect(JSON.stringify(body)).not.toContain('aaaa');
  });
});

describe('refusals of the HTTP parser, before there is a request', () => {
  it('a URL longer than the header limit: 431 with the contract body and a fresh request id', async () => {
    const res = await sendRaw(
      sys.url,
      `GET /api/v1/matters?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: ${host()}\r\n\r\n`,
    );
    const body = expectContractRefusal(res, { status: 431, code: 'REQUEST_MALFORMED' });
    expect(res.text).not.toContain('aaaa');
    expect(res.headers['x-request-id']).toBe(body.requestId);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
  });

  it('headers larger than the limit: 431 with the contract body, not Node’s', async () => {
    const res = await sendRaw(
      sys.url,
      `GET /api/v1/matters HTTP/1.1\r\nHost: ${host()}\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`,
    );
    expectContractRefusal(res, { status: 431, code: 'REQUEST_MALFORMED' });
  });

  it.each([
    ['a malformed request line', `GET /api/v1/matters HTTP/9\r\nHost: x\r\n\r\n`],
    ['a header name with a space', `GET /api/v1/matters HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n`],
    [
      'a Content-Length that is not a number',
      `POST /api/v1/auth/wechat HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\n\r\n{}`,
    ],
    [
      'both Content-Length and chunked (request smuggling)',
      `POST /api/v1/auth/wechat HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
    ],
  ])('%s: 400 with the contract body', async (_what, request) => {
    expectContractRefusal(await sendRaw(sys.url, request), { status: 400, code: 'REQUEST_MALFORMED' });
  });
});

describe('messages of validation libraries, in the resident’s words', () => {
  it('a 补正 whose values are not an object (class-validator’s default “must be an object”)', async () => {
    const res = await json('POST', '/api/v1/applications/Abcdefgh12345678/supplements', { values: 1 });
    expectContractRefusal(res, { status: 400, code: 'VALIDATION_FAILED' });
  });

  it('a mail address with a 50-character recipient (zod’s default “Too big”)', async () => {
    const res = await json('PUT', '/api/v1/application-drafts/Abcdefgh12345678', {
      matterCode: '410500-010101-001',
      values: {},
      materials: {},
      delivery: {
        method: 'mail',
        address: { recipient: '张'.repeat(50), phone: '13800000001', region: '河南省安阳市', detail: '1 号' },
      },
    });
    expectContractRefusal(res, { status: 400, code: 'VALIDATION_FAILED' });
  });

  it.each([
    ['a value that is not text', { values: { reason: 5 } }],
    ['a material of an unknown kind', { materials: { m1: { kind: 'fax' } } }],
    ['an address that is not an object', { delivery: { method: 'mail', address: 'x' } }],
    ['a step that is not text', { step: ['a'] }],
    ['a step that is too long', { step: 'a'.repeat(30) }],
  ])('a draft with %s', async (_what, part) => {
    const res = await json('PUT', '/api/v1/application-drafts/Abcdefgh12345678', {
      matterCode: '410500-010101-001',
      values: {},
      materials: {},
      ...part,
    });
    expectContractRefusal(res, { status: 400, code: 'VALIDATION_FAILED' });
  });

  it('an application whose draftId is a number', async () => {
    const res = await json('POST', '/api/v1/applications', {
      matterCode: '410500-010101-001',
      values: {},
      materials: {},
      draftId: 5,
    });
    expectContractRefusal(res, { status: 400, code: 'VALIDATION_FAILED' });
  });

  it('a progress query with the number twice', async () => {
    expectContractRefusal(await sys.get('/api/v1/progress?number=A1234567&number=B1234567&code=1234'), {
      status: 400,
      code: 'VALIDATION_FAILED',
    });
  });

  it('a body that is not there at all (Nest’s “Validation failed (object is expected)”)', async () => {
    const res = await sys.get('/api/v1/me/identity', { method: 'POST', headers: bearer(session) });
    expectContractRefusal(res, { status: 400 });
  });

  it('an unknown field whose name is markup is refused without echoing it', async () => {
    const res = await json('POST', '/api/v1/auth/refresh', { refreshToken: 'x', '<img src=x onerror=alert(1)>': 1 });
    const body = expectContractRefusal(res, { status: 400, code: 'VALIDATION_FAILED' });
    expect(body.message).not.toContain('<img');
  });
});

describe('refusals of content types', () => {
  it.each([
    ['text/plain', 'hello'],
    ['application/x-www-form-urlencoded', 'code=abc'],
    ['application/xml', '<a/>'],
  ])('%s is refused with 415 and the contract body', async (type, text) => {
    const res = await sys.get('/api/v1/auth/wechat', { method: 'POST', headers: { 'content-type': type }, body: text });
    expectContractRefusal(res, { status: 415, code: 'REQUEST_MALFORMED' });
  });

  it('JSON that does not parse', async () => {
    const res = await sys.get('/api/v1/auth/wechat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code":',
    });
    expectContractRefusal(res, { status: 400, code: 'REQUEST_MALFORMED' });
  });

  it('JSON with a __proto__ key', async () => {
    const res = await sys.get('/api/v1/auth/wechat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"code":"abcdefgh","__proto__":{"admin":true}}',
    });
    expectContractRefusal(res, { status: 400, code: 'REQUEST_MALFORMED' });
  });
});

describe('the checker itself', () => {
  it('flags the bodies the framework used to send', () => {
    expect(
      contractProblem(400, {
        statusCode: 400,
        code: 'FST_ERR_BAD_URL',
        error: 'Bad Request',
        message: "'/x' is not a valid url component",
      }),
    ).not.toBeNull();
    expect(
      contractProblem(431, {
        error: 'Request Header Fields Too Large',
        message: 'Exceeded maximum allowed HTTP header size',
        statusCode: 431,
      }),
    ).not.toBeNull();
    expect(
      contractProblem(400, {
        code: 'VALIDATION_FAILED',
        message: '请求的内容不正确：values must be an object',
        requestId: 'abcdefgh-1',
      }),
    ).not.toBeNull();
  });
});
