import type { ErrorBody, Session } from '@zsb/contracts';
import { expectContractRefusal } from '../support/refusals';
import { bearer, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// Item 5 of security issue 13: one small request must not freeze the server.

let sys: RunningSystem;
let session: Session;
beforeAll(async () => {
  sys = await startSystem({ env: { RATE_LIMIT_FACTOR: '1000' } });
  session = await verifiedSession(sys, (await sandboxResidents(sys))[0]);
});
afterAll(() => sys.close(), 120_000);

const send = (method: string, path: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  sys.get<ErrorBody>(path, { method, headers: { 'content-type': 'application/json', ...headers }, body });

const timed = async <T>(work: Promise<T>): Promise<{ value: T; ms: number }> => {
  const start = performance.now();
  const value = await work;
  return { value, ms: performance.now() - start };
};

/** Every operation of the API document that may carry a body, with its path parameters filled in. */
async function bodyOperations(): Promise<{ method: string; path: string }[]> {
  const doc = (await sys.get<{ paths: Record<string, Record<string, unknown>> }>('/api/docs-json')).body;
  const filled = (path: string): string =>
    path.replace('{code}', '410500-010101-001').replace('{id}', 'Abcdefgh12345678abcdef');
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.keys(ops)
      .filter((m) => m !== 'get')
      .map((method) => ({ method: method.toUpperCase(), path: filled(path) })),
  );
}

describe('a large JSON array', () => {
  const megabyteArray = `[${Array.from({ length: 250_000 }, () => '1').join(',')}]`;

  it('to an unauthenticated route is refused at once with a short answer', async () => {
    expect(megabyteArray.length).toBeGreaterThan(490_000);
    const { value: res, ms } = await timed(send('POST', '/api/v1/auth/wechat', megabyteArray));
    expectContractRefusal(res, { code: 'REQUEST_MALFORMED' });
    expect([400, 413]).toContain(res.status);
    expect(JSON.stringify(res.body).length).toBeLessThan(1000);
    expect(ms).toBeLessThan(1000);
  });

  it('three at once leave /health/live answering quickly', async () => {
    // Three rounds, judged by the median: a server that freezes on such bodies is slow every round, while a
    // loaded CI machine (two jest workers, PostgreSQL, Redis on 2 cores) once took 759 ms in a single round.
    const rounds: number[] = [];
    for (let round = 0; round < 3; round++) {
      const attacks = [1, 2, 3].map(() => send('POST', '/api/v1/auth/wechat', megabyteArray));
      // Sent while the three are being read or refused.
      await new Promise((r) => setTimeout(r, 20));
      const { value: live, ms } = await timed(sys.get('/health/live'));
      expect(live.status).toBe(200);
      rounds.push(ms);
      for (const res of await Promise.all(attacks)) expectContractRefusal(res, { code: 'REQUEST_MALFORMED' });
    }
    expect(rounds.sort((a, b) => a - b)[1]).toBeLessThan(500);
  });

  it('is refused even when it fits under the route limit, before any field is validated', async () => {
    const array = JSON.stringify(Array.from({ length: 2000 }, (_, i) => i));
    const res = await send('PUT', '/api/v1/application-drafts/Abcdefgh12345678', array, bearer(session));
    const body = expectContractRefusal(res, { status: 400, code: 'REQUEST_MALFORMED' });
    expect(body.details).toBeUndefined();
  });

  it.each([
    ['a string', '"x"'],
    ['a number', '5'],
    ['null', 'null'],
    ['true', 'true'],
    ['an empty array', '[]'],
  ])('refuses %s as the body of a route that takes an object', async (_what, text) => {
    const body = expectContractRefusal(await send('POST', '/api/v1/auth/wechat', text), {
      status: 400,
      code: 'REQUEST_MALFORMED',
    });
    expect(body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('is refused when it comes as text/plain, not parsed as a string', async () => {
    const res = await send('POST', '/api/v1/auth/wechat', '[1,2,3]', { 'content-type': 'text/plain' });
    expectContractRefusal(res);
    expect([400, 415]).toContain(res.status);
  });

  it('is refused when no body comes at all, in Chinese', async () => {
    const res = await sys.get('/api/v1/auth/wechat', { method: 'POST' });
    expectContractRefusal(res, { status: 400 });
  });
});

describe('validation details', () => {
  it('lists at most 10 problems and counts the rest, in Chinese', async () => {
    const fields = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
    const res = await send('POST', '/api/v1/auth/wechat', JSON.stringify({ code: 'x', ...fields }));
    const body = expectContractRefusal(res, { status: 400, code: 'VALIDATION_FAILED' });
    expect(body.details!.length).toBeLessThanOrEqual(10);
    expect(body.message).toMatch(/另有 29\d 处/);
    expect(JSON.stringify(body).length).toBeLessThan(2000);
  });
});

describe('deeply nested JSON', () => {
  const deepObject = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
  const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;

  // 3,000 levels of arrays are 6 KB: under every route's body limit, so only the depth check can refuse them.
  const deepButSmall = `${'['.repeat(3000)}${']'.repeat(3000)}`;

  it('answers 400 or 413 with the contract body on every route that takes a body, never 500', async () => {
    const operations = await bodyOperations();
    expect(operations.length).toBeGreaterThan(15);
    const failures: string[] = [];
    for (const { method, path } of operations) {
      for (const [text, statuses] of [
        [deepObject, [400, 413]],
        [deepArray, [400, 413]],
        [deepButSmall, [400]],
      ] as const) {
        const res = await send(method, path, text, bearer(session));
        if (
          !(statuses as readonly number[]).includes(res.status) ||
          (res.body as ErrorBody).code !== 'REQUEST_MALFORMED'
        )
          failures.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
        else expectContractRefusal(res);
      }
    }
    expect(failures).toEqual([]);
  });

  it('nested inside a field of an application draft is refused, not transformed', async () => {
    const values = `${'{"a":'.repeat(3000)}"x"${'}'.repeat(3000)}`;
    const text = `{"matterCode":"410500-010101-001","values":${values},"materials":{}}`;
    const res = await send('PUT', '/api/v1/application-drafts/Abcdefgh12345678', text, bearer(session));
    expectContractRefusal(res, { status: 400, code: 'REQUEST_MALFORMED' });
  });

  it('is refused on the platform callback too, which is not in the API document', async () => {
    const res = await send('POST', '/api/v1/callbacks/approval', deepObject);
    expectContractRefusal(res, { status: 400, code: 'REQUEST_MALFORMED' });
  });

  it('a body nested as deep as a real application still goes through', async () => {
    const text = JSON.stringify({
      matterCode: '410500-010101-001',
      values: {},
      materials: { m1: { kind: 'upload', uploadIds: ['Abcdefgh12345678'] } },
    });
    const res = await send('PUT', '/api/v1/application-drafts/Abcdefgh12345678', text, bearer(session));
    expect(res.status).not.toBe(500);
    expect((res.body as ErrorBody).code).not.toBe('REQUEST_MALFORMED');
  });
});

describe('body limits per route', () => {
  // The largest real application body (every field of the biggest theme form at its maximum length in 4-byte
  // characters, every material with its maximum of files, a mail address) measured 5.8 KB.
  const draft = (filler: number): string =>
    JSON.stringify({
      matterCode: '410500-010101-001',
      values: { contactNote: '说'.repeat(filler) },
      materials: {},
      step: 'materials',
    });

  it('a sign-in route refuses a 20 KB body with 413 before reading it', async () => {
    const res = await send('POST', '/api/v1/auth/wechat', JSON.stringify({ code: 'x'.repeat(20_000) }));
    expectContractRefusal(res, { status: 413, code: 'REQUEST_MALFORMED' });
  });

  it('a sign-in route refuses a 20 KB body sent without a length (chunked) once it passes the limit', async () => {
    const chunks = [Buffer.from('{"code":"'), Buffer.alloc(20_000, 'x'), Buffer.from('"}')];
    const stream = new ReadableStream({
      start(controller) {
        for (const c of chunks) controller.enqueue(c);
        controller.close();
      },
    });
    const res = await sys.get('/api/v1/auth/wechat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expectContractRefusal(res, { status: 413, code: 'REQUEST_MALFORMED' });
  });

  it('an application draft of 20 KB is read (a long form must not be cut off)', async () => {
    const text = draft(6000);
    expect(Buffer.byteLength(text)).toBeGreaterThan(18_000);
    const res = await send('PUT', '/api/v1/application-drafts/Abcdefgh12345678', text, bearer(session));
    expect(res.status).not.toBe(413);
    expect(res.status).toBeLessThan(500);
  });

  it('an application draft of 200 KB is refused with 413', async () => {
    const res = await send('PUT', '/api/v1/application-drafts/Abcdefgh12345678', draft(70_000), bearer(session));
    expectContractRefusal(res, { status: 413, code: 'REQUEST_MALFORMED' });
  });
});
