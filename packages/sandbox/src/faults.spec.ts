import { createSandbox, type Sandbox } from './server';
import type { Faults } from './wire';

let sandbox: Sandbox;

const VERSION = '/platform/catalog/version';

async function timed(path: string): Promise<{ status: number; ms: number; body: unknown }> {
  const started = performance.now();
  const res = await fetch(`${sandbox.url}${path}`);
  const body: unknown = await res.json();
  return { status: res.status, ms: performance.now() - started, body };
}

async function putFaults(faults: Partial<Faults> | Record<string, unknown>): Promise<Response> {
  return fetch(`${sandbox.url}/__sandbox/faults`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(faults),
  });
}

beforeAll(async () => {
  sandbox = await createSandbox();
});
afterEach(() => sandbox.clearFaults());
afterAll(() => sandbox.close());

describe('sandbox fault injection', () => {
  it('adds the configured latency to platform calls but not to control routes', async () => {
    sandbox.setFaults({ latencyMs: 300 });
    const slow = await timed(VERSION);
    expect(slow.status).toBe(200);
    expect(slow.ms).toBeGreaterThanOrEqual(290);
    const control = await timed('/__sandbox/health');
    expect(control.ms).toBeLessThan(250);
  });

  it('answers 503 with the platform envelope at error rate 1, and the health check still answers', async () => {
    sandbox.setFaults({ errorRate: 1 });
    for (let i = 0; i < 5; i++) {
      const res = await timed(VERSION);
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ code: '503', msg: 'sandbox: injected fault', data: null });
    }
    expect((await timed('/__sandbox/health')).body).toEqual({ ok: true });
  });

  it('closes the connection without an answer during an outage', async () => {
    sandbox.setFaults({ outage: true });
    await expect(fetch(`${sandbox.url}${VERSION}`)).rejects.toThrow();
    expect((await timed('/__sandbox/health')).status).toBe(200);
  });

  it('limits faults to paths under pathPrefix', async () => {
    sandbox.setFaults({ outage: true, pathPrefix: '/platform/centers' });
    await expect(fetch(`${sandbox.url}/platform/centers`)).rejects.toThrow();
    expect((await timed(VERSION)).status).toBe(200);
  });

  it('serves normally again once faults are cleared', async () => {
    sandbox.setFaults({ errorRate: 1, latencyMs: 50 });
    expect((await timed(VERSION)).status).toBe(503);
    sandbox.clearFaults();
    const res = await timed(VERSION);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(250);
  });

  it('sets, reports and clears faults over HTTP, replacing the whole set on PUT', async () => {
    expect((await putFaults({ errorRate: 1, pathPrefix: '/platform/catalog' })).status).toBe(200);
    expect((await timed(VERSION)).status).toBe(503);
    expect((await timed('/platform/centers')).status).toBe(200);

    await putFaults({ latencyMs: 10 });
    const current = (await timed('/__sandbox/faults')).body;
    expect(current).toEqual({ latencyMs: 10, errorRate: 0, outage: false, pathPrefix: null });

    await putFaults({ outage: true });
    const cleared = await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'DELETE' });
    expect(await cleared.json()).toEqual({ latencyMs: 0, errorRate: 0, outage: false, pathPrefix: null });
    expect((await timed(VERSION)).status).toBe(200);
  });

  it.each([{ errorRate: 2 }, { latencyMs: -1 }, { outage: 'yes' }, { pathPrefix: 'platform' }, { flaky: true }])(
    'refuses the fault set %j with 400',
    async (faults) => {
      const res = await putFaults(faults);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('400');
    },
  );

  it('starts with the faults given to createSandbox', async () => {
    const broken = await createSandbox({ faults: { errorRate: 1 } });
    try {
      expect((await fetch(`${broken.url}${VERSION}`)).status).toBe(503);
    } finally {
      await broken.close();
    }
  });
});
