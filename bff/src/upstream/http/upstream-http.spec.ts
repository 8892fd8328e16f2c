import { createServer, type IncomingMessage, type Server } from 'node:http';
import { type AddressInfo, Socket } from 'node:net';
import { proxyOf, UpstreamHttp } from './upstream-http';

const resilience = {
  timeoutMs: 1000,
  readRetries: 0,
  breakerFailureRatio: 0.5,
  breakerWindowMs: 10_000,
  breakerMinimumCalls: 20,
  breakerHalfOpenMs: 1000,
};

/** A server that answers every request itself and remembers the request lines it saw. */
async function recorder(): Promise<{
  server: Server;
  url: string;
  seen: { url: string; host: string; auth?: string }[];
}> {
  const seen: { url: string; host: string; auth?: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    seen.push({ url: req.url ?? '', host: req.headers.host ?? '', auth: req.headers['proxy-authorization'] });
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ code: '200', data: { ok: true } }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

describe('upstream calls and HTTP proxies', () => {
  const servers: Server[] = [];
  const savedProxy = process.env.HTTP_PROXY;
  afterEach(() => {
    process.env.HTTP_PROXY = savedProxy;
    if (savedProxy === undefined) delete process.env.HTTP_PROXY;
  });
  afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

  it('go through the configured proxy, with its credentials', async () => {
    const proxy = await recorder();
    servers.push(proxy.server);
    const http = new UpstreamHttp('licence-library', 'http://licence.example.gov.cn', {
      ...resilience,
      proxyUrl: `http://egress:s%40cret@127.0.0.1:${new URL(proxy.url).port}`,
    });
    const answer = await http.send('read', { method: 'GET', url: '/licence/v1/keys' });
    expect(answer.status).toBe(200);
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0].url).toBe('http://licence.example.gov.cn/licence/v1/keys');
    expect(Buffer.from(proxy.seen[0].auth!.replace(/^Basic /, ''), 'base64').toString()).toBe('egress:s@cret');
  });

  it('go straight to the system when no proxy is configured, whatever HTTP_PROXY says', async () => {
    const target = await recorder();
    const trap = await recorder();
    servers.push(target.server, trap.server);
    process.env.HTTP_PROXY = trap.url;
    const http = new UpstreamHttp('licence-library', target.url, resilience);
    await http.send('read', { method: 'GET', url: '/licence/v1/keys' });
    expect(target.seen.map((s) => s.url)).toEqual(['/licence/v1/keys']);
    expect(trap.seen).toHaveLength(0);
  });

  it('keep one connection for calls in sequence, its TCP keep-alive set once and never changed per call', async () => {
    const target = await recorder();
    servers.push(target.server);
    let connections = 0;
    target.server.on('connection', () => connections++);
    const delays: number[] = [];
    const original = Socket.prototype.setKeepAlive;
    const spy = jest.spyOn(Socket.prototype, 'setKeepAlive').mockImplementation(function (
      this: Socket,
      enable?: boolean,
      delay?: number,
    ) {
      delays.push(delay ?? 0);
      return original.call(this, enable, delay);
    });
    try {
      const http = new UpstreamHttp('licence-library', target.url, resilience);
      for (let i = 0; i < 3; i++)
        expect((await http.send('read', { method: 'GET', url: '/licence/v1/keys' })).status).toBe(200);
    } finally {
      spy.mockRestore();
    }
    expect(connections).toBe(1);
    // axios and the agent both set it on every call; with one delay between them the kernel is asked only once.
    expect(delays.length).toBeGreaterThan(0);
    expect(new Set(delays).size).toBe(1);
  });

  it('read a proxy URL with or without a port and credentials', () => {
    expect(proxyOf(null)).toBe(false);
    expect(proxyOf('http://10.1.2.3:3128')).toEqual({ protocol: 'http', host: '10.1.2.3', port: 3128 });
    expect(proxyOf('https://proxy.henan.gov.cn')).toEqual({ protocol: 'https', host: 'proxy.henan.gov.cn', port: 443 });
  });
});
