// Licence reads and 亮证 under load, with the e-licence library answering after 50 ms (the sandbox's fault
// injection). The BFF's own added latency is its p99 minus the p99 of the same upstream call made directly, at
// the same concurrency, in the same run. A bare Fastify + axios proxy of the same call (bare-proxy.mjs), measured
// in the same rounds, shows the floor: what any Node process between the two adds on this machine.
import autocannon from 'autocannon';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';
import { openLoop } from './open-loop.mjs';

const UPSTREAM_LATENCY_MS = 50;
// Requests a second in the open-loop run: below what the closed loop reaches (~180), as a busy hour would be.
const OPEN_RATE = 150;
const RESIDENTS = 20;
const json = { 'content-type': 'application/json' };

async function call(url, init = {}) {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status}`);
  return res.json();
}

/** Signs in and verifies `n` sandbox residents through the BFF, exactly as the app does. */
async function verifiedResidents(bffUrl, sandboxUrl, n) {
  const out = [];
  for (const r of (await sandboxResidents(sandboxUrl)).slice(0, n)) {
    const { auth, api } = await verifiedResident(bffUrl, sandboxUrl, r);
    const { items } = await api('/api/v1/licences', { headers: auth });
    out.push({ ...r, auth, idCard: items.find((l) => l.typeName === '居民身份证').id });
  }
  return out;
}

async function run(base, requests, options, connections) {
  const result = await autocannon({ url: base, connections, ...options, requests });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    count: result.requests.total,
  };
}

/** Every request of a run takes the next resident (and the next item of `each`, when given). */
function rotating(make) {
  let i = 0;
  // A copy of the headers: autocannon adds content-length to the object it is given.
  return [{ setupRequest: (req) => withOwnHeaders({ ...req, ...make(i++) }) }];
}

const withOwnHeaders = (req) => ({ ...req, headers: { ...req.headers } });

export async function benchLicences({ bffUrl, sandboxUrl, proxyUrl, durationSec, rounds, connections, median }) {
  const people = await verifiedResidents(bffUrl, sandboxUrl, RESIDENTS);
  await call(`${sandboxUrl}/__sandbox/faults`, {
    method: 'PUT',
    headers: json,
    body: JSON.stringify({ latencyMs: UPSTREAM_LATENCY_MS, pathPrefix: '/licence' }),
  });
  const who = (i) => people[i % people.length];
  const scenarios = {
    list: {
      bff: () => rotating((i) => ({ method: 'GET', path: '/api/v1/licences', headers: who(i).auth })),
      upstream: () =>
        rotating((i) => ({
          method: 'POST',
          path: '/licence/v1/licences/query',
          headers: json,
          body: JSON.stringify({ holder_id_number: who(i).id_number, holder_name: who(i).name }),
        })),
      proxy: () =>
        rotating((i) => ({
          method: 'POST',
          path: '/proxy/licences/query',
          headers: json,
          body: JSON.stringify({ holder_id_number: who(i).id_number, holder_name: who(i).name }),
        })),
    },
    displayIssue: {
      bff: (codes = null) => [
        {
          setupRequest: (req, ctx) => {
            ctx.n = (ctx.n ?? Math.floor(Math.random() * 1000)) + 1;
            return withOwnHeaders({
              ...req,
              method: 'POST',
              path: `/api/v1/licences/${who(ctx.n).idCard}/display-codes`,
              headers: who(ctx.n).auth,
              body: JSON.stringify({ fields: ['姓名'] }),
            });
          },
          onResponse: (status, body) => {
            if (status === 201 && codes) codes.push(JSON.parse(body).code);
          },
        },
      ],
      upstream: () => rotating((i) => ({ method: 'GET', path: `/licence/v1/licences/${who(i).idCard}` })),
      proxy: () =>
        rotating((i) => ({
          method: 'POST',
          path: `/proxy/licences/${who(i).idCard}`,
          headers: json,
          body: JSON.stringify({ fields: ['姓名'] }),
        })),
    },
  };

  const results = {};
  const verifyRuns = { bff: [], upstream: [] };
  // Every measured run, on either side, follows one second of the same requests: the side measured before it
  // idled long enough for the sandbox to close the BFF's kept-alive upstream sockets (5 s), and what is measured
  // is the BFF under steady load, not ten reconnects at once.
  const WARM_SEC = 1;
  const measured = async (base, make, options) => {
    await run(base, make(), { duration: WARM_SEC }, connections);
    return run(base, make(), options, connections);
  };
  // Verification takes each code once: every round verifies the codes its issue run made (the first tenth warms up).
  const verifyWith = (codes) => {
    let next = 0;
    return () =>
      rotating((i) => ({
        method: 'POST',
        path: '/api/v1/licence-verifications',
        headers: who(i + 1).auth,
        body: JSON.stringify({ code: codes[next++ % codes.length] }),
      }));
  };
  const verifyCodes = async (codes) => {
    const warm = codes.slice(0, Math.ceil(codes.length / 10));
    await run(bffUrl, verifyWith(warm)(), { amount: warm.length }, connections);
    const rest = codes.slice(warm.length);
    return run(bffUrl, verifyWith(rest)(), { amount: rest.length }, connections);
  };
  const proxies = [];
  for (const [name, s] of Object.entries(scenarios)) {
    const r = { bff: [], upstream: [], proxy: [] };
    await run(bffUrl, s.bff(), { duration: 2 }, connections); // warm-up
    await run(proxyUrl, s.proxy(), { duration: 2 }, connections);
    for (let k = 0; k < rounds; k++) {
      const codes = [];
      r.upstream.push(await measured(sandboxUrl, () => s.upstream(), { duration: durationSec }));
      r.proxy.push(await measured(proxyUrl, () => s.proxy(), { duration: durationSec }));
      r.bff.push(await measured(bffUrl, () => s.bff(codes), { duration: durationSec }));
      if (name !== 'displayIssue') continue;
      const amount = Math.floor(codes.length * 0.9);
      verifyRuns.upstream.push(await measured(sandboxUrl, () => s.upstream(), { amount }));
      verifyRuns.bff.push(await verifyCodes(codes));
    }
    results[name] = summarise(r, median);
    if (name === 'displayIssue') proxies.push(...r.proxy);
  }
  // Verification makes the same upstream call as issue (the licence, live): its floor is the same proxy.
  results.displayVerify = summarise({ ...verifyRuns, proxy: proxies }, median);

  // 亮证码 issue again, with requests arriving at random moments instead of ten connections in step (open-loop.mjs).
  const sides = {
    upstream: {
      url: sandboxUrl,
      make: (i) => ({ method: 'GET', path: `/licence/v1/licences/${who(i).idCard}`, headers: {} }),
    },
    proxy: {
      url: proxyUrl,
      make: (i) => ({
        method: 'POST',
        path: `/proxy/licences/${who(i).idCard}`,
        headers: json,
        body: JSON.stringify({ fields: ['姓名'] }),
      }),
    },
    bff: {
      url: bffUrl,
      make: (i) => ({
        method: 'POST',
        path: `/api/v1/licences/${who(i).idCard}/display-codes`,
        headers: who(i).auth,
        body: JSON.stringify({ fields: ['姓名'] }),
      }),
    },
  };
  const open = { bff: [], upstream: [], proxy: [] };
  for (let k = 0; k < rounds; k++) {
    for (const [side, s] of Object.entries(sides)) {
      await openLoop({ ...s, rate: OPEN_RATE, durationSec: 1, seed: 1000 + k });
      // The same seed on every side of a round: the same arrival pattern.
      open[side].push(await openLoop({ ...s, rate: OPEN_RATE, durationSec, seed: k + 1 }));
    }
  }
  results.displayIssueOpenLoop = { ...summarise(open, median), openLoopRate: OPEN_RATE };
  await call(`${sandboxUrl}/__sandbox/faults`, { method: 'DELETE' });
  return { upstreamLatencyMs: UPSTREAM_LATENCY_MS, residents: RESIDENTS, connections, ...results };
}

function summarise(r, median) {
  const pick = (side, k) => median(r[side].map((x) => x[k]));
  const bff = {
    rps: pick('bff', 'rps'),
    p50: pick('bff', 'p50'),
    p99: pick('bff', 'p99'),
    errors: r.bff.reduce((a, x) => a + x.errors, 0),
  };
  const upstream = { rps: pick('upstream', 'rps'), p50: pick('upstream', 'p50'), p99: pick('upstream', 'p99') };
  const proxy = { rps: pick('proxy', 'rps'), p50: pick('proxy', 'p50'), p99: pick('proxy', 'p99') };
  return {
    bff,
    upstream,
    proxy,
    addedP99Ms: bff.p99 - upstream.p99,
    addedP50Ms: bff.p50 - upstream.p50,
    proxyAddedP99Ms: proxy.p99 - upstream.p99,
    targetAddedP99Ms: 10,
  };
}
