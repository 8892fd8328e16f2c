import { connect, createServer, type Server, type Socket } from 'node:net';

/**
 * A TCP proxy in front of a shared server (PostgreSQL, Redis) that one suite can take down without touching the
 * server other suites use: cut every connection, refuse new ones, or hold traffic so a statement stays in flight.
 */
export interface TcpProxy {
  readonly port: number;
  /** `url` with its host and port replaced by the proxy's. */
  via(url: string): string;
  /** Ends every connection through it at once (a reset, as when a server dies or a network drops). */
  cut(): void;
  /** Cuts, and stops listening: new connections are refused until reopen(). */
  close(): Promise<void>;
  /** Listens again on the same port. */
  reopen(): Promise<void>;
  /** Holds what clients send (nothing reaches the server) until thaw(). */
  freeze(): void;
  thaw(): void;
  /** Bytes clients sent while frozen, not yet passed on. */
  readonly heldBytes: number;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let frozen = false;
  let held: { to: Socket; chunk: Buffer }[] = [];
  let port = 0;
  let server: Server;

  const onClient = (client: Socket): void => {
    const upstream = connect(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.on('data', (chunk: Buffer) => (frozen ? held.push({ to: upstream, chunk }) : upstream.write(chunk)));
    upstream.on('data', (chunk: Buffer) => client.write(chunk));
    const end = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const s of pair) {
      s.on('error', end);
      s.on('close', end);
    }
  };

  const listen = (): Promise<void> =>
    new Promise((resolve, reject) => {
      server = createServer(onClient);
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const address = server.address();
        port = typeof address === 'object' && address ? address.port : port;
        resolve();
      });
    });
  await listen();

  const proxy: TcpProxy = {
    get port() {
      return port;
    },
    via(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    cut() {
      held = [];
      for (const [client, upstream] of pairs) {
        client.resetAndDestroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    async close() {
      proxy.cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    reopen: listen,
    freeze() {
      frozen = true;
    },
    thaw() {
      frozen = false;
      const waiting = held;
      held = [];
      for (const { to, chunk } of waiting) if (!to.destroyed) to.write(chunk);
    },
    get heldBytes() {
      return held.reduce((n, h) => n + h.chunk.length, 0);
    },
  };
  return proxy;
}

/** A port on 127.0.0.1 where nothing listens (it was free a moment ago): connections to it are refused. */
export async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const address = s.address();
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return typeof address === 'object' && address ? address.port : 0;
}
