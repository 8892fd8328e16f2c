import type { MatterPage } from '@zsb/contracts';
import { startSystem, type RunningSystem } from '../support/system';

// What an operator reads when a resident says "it failed at 10:32": one JSON line per request, found by the
// request id the resident's phone showed, and no personal data in it.
let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem({ captureLogs: true });
});
afterAll(() => sys.close(), 120_000);

type RequestLine = {
  level: number;
  msg: string;
  requestId?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
};
const requestLines = (): RequestLine[] => (sys.logs() as RequestLine[]).filter((l) => l.req);

describe('request logs', () => {
  it('writes one JSON line per request, carrying the id the caller was given', async () => {
    const ok = await sys.get<MatterPage>(`/api/v1/matters?q=${encodeURIComponent('低保')}`);
    const bad = await sys.get('/api/v1/matters/not-a-code');
    const lines = requestLines();
    const okLine = lines.filter((l) => l.requestId === ok.headers.get('x-request-id'));
    const badLine = lines.filter((l) => l.requestId === bad.headers.get('x-request-id'));
    expect(okLine).toHaveLength(1);
    expect(okLine[0]).toMatchObject({ msg: 'request completed', req: { method: 'GET' }, res: { statusCode: 200 } });
    expect(badLine).toHaveLength(1);
    // A refused request is a warning, so that an operator can filter for what went wrong.
    expect(badLine[0]).toMatchObject({ level: 40, res: { statusCode: 400 } });
  });

  it('leaves health probes out, so the lines that matter are not drowned', async () => {
    const before = requestLines().length;
    for (let i = 0; i < 5; i++) await sys.get('/health/live');
    await sys.get('/api/v1/domains');
    const added = requestLines().slice(before);
    expect(added.map((l) => l.req?.url)).toEqual(['/api/v1/domains']);
  });

  it('masks an ID number or phone a client put in a query string', async () => {
    const id = '410502199001011234';
    const phone = '13812345678';
    await sys.get(`/api/v1/matters?q=${id}`);
    await sys.get(`/api/v1/matters?q=${phone}`);
    const text = JSON.stringify(sys.logs());
    expect(text).not.toContain(id);
    expect(text).not.toContain(phone);
    expect(text).toContain('138****5678');
  });
});
