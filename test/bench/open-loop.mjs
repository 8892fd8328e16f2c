// Requests at random moments (a Poisson process) at a fixed average rate, each timed from the moment it was due,
// not from when it could be sent: phones that do not wait for one another. autocannon's connections are the
// opposite case: each sends its next request when its last is answered, so behind a fixed upstream latency they
// move in step and every request arrives in a burst of ten.
import http from 'node:http';

/** A small seeded generator (mulberry32), so both sides of a comparison see the same arrival pattern. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] : null);

/**
 * `make(i)` gives the i-th request `{ method, path, headers, body }`. Answers p50/p99 in whole milliseconds (as
 * autocannon reports them), the rate achieved and the count of errors (no answer or a status ≥ 400).
 */
export async function openLoop({ url, rate, durationSec, make, seed = 1 }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  const { hostname, port } = new URL(url);
  const random = seeded(seed);
  const latencies = [];
  let errors = 0;
  const send = (r) =>
    new Promise((resolve, reject) => {
      const req = http.request({ agent, hostname, port, method: r.method, path: r.path, headers: r.headers }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode));
      });
      req.on('error', reject);
      req.end(r.body);
    });
  const inflight = new Set();
  const start = performance.now();
  const until = start + durationSec * 1000;
  let due = start;
  for (let i = 0; ; i++) {
    due += (-Math.log(1 - random()) * 1000) / rate;
    if (due >= until) break;
    const wait = due - performance.now();
    if (wait >= 1) await new Promise((r) => setTimeout(r, wait));
    const at = due;
    const p = send(make(i)).then(
      (status) => {
        latencies.push(performance.now() - at);
        if (status >= 400) errors++;
      },
      () => errors++,
    );
    inflight.add(p);
    void p.finally(() => inflight.delete(p));
  }
  await Promise.all(inflight);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    rps: Math.round((latencies.length / durationSec) * 10) / 10,
    p50: Math.round(pct(sorted, 0.5)),
    p99: Math.round(pct(sorted, 0.99)),
    errors,
    count: latencies.length,
  };
}
