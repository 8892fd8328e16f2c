// Success rate against the upstream error rate: the licence library (licence reads, retried) and WeChat's
// code-to-session exchange (sign-ins, never retried) failing a given share of their answers (the sandbox's fault
// injection), 0 to 90%. Two BFFs on the same sandbox: one with the configured breaker and retries (the defaults, as
// deployed), and one whose breaker never opens (the retries alone, the comparison). Each point: `reads` licence reads
// and `signIns` sign-ins, `concurrency` at a time, closed loop.
import { pool } from './procs.mjs';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';

const json = { 'content-type': 'application/json' };
const setFaults = (sandboxUrl, faults) =>
  fetch(`${sandboxUrl}/__sandbox/faults`, { method: 'PUT', headers: json, body: JSON.stringify(faults) });

async function signIn(bffUrl, sandboxUrl, openid) {
  const { code } = await (
    await fetch(`${sandboxUrl}/__sandbox/wechat/codes`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ openid }),
    })
  ).json();
  return (
    await fetch(`${bffUrl}/api/v1/auth/wechat`, { method: 'POST', headers: json, body: JSON.stringify({ code }) })
  ).status;
}

/** Share of `n` calls answered 200, `concurrency` at a time, and how long the `n` took. */
async function successShare(n, concurrency, call) {
  const t0 = performance.now();
  const statuses = await pool(
    Array.from({ length: n }, (_, i) => i),
    concurrency,
    call,
  );
  return { share: statuses.filter((s) => s === 200).length / n, ms: performance.now() - t0 };
}

/** Waits until an open breaker has let a call through again, so one round's last point does not start the next. */
async function recovered(read) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if ((await read()) === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the BFF did not recover within 30 s after the faults were cleared');
}

export async function benchFaults({ bffs, sandboxUrl, rates, rounds, reads, signIns, concurrency, median }) {
  const residents = (await sandboxResidents(sandboxUrl)).slice(0, 10);
  const readers = {};
  for (const [name, bffUrl] of Object.entries(bffs)) {
    const people = [];
    for (const r of residents) people.push((await verifiedResident(bffUrl, sandboxUrl, r)).auth);
    readers[name] = (i) =>
      fetch(`${bffUrl}/api/v1/licences`, { headers: people[i % people.length] }).then(
        async (res) => (await res.arrayBuffer(), res.status),
      );
  }
  const byRound = [];
  for (let round = 0; round < rounds; round++) {
    const points = [];
    for (const rate of rates) {
      const point = { errorRate: rate };
      for (const [name, bffUrl] of Object.entries(bffs)) {
        await setFaults(sandboxUrl, { errorRate: rate, pathPrefix: '/licence/' });
        const licenceReads = await successShare(reads, concurrency, readers[name]);
        await setFaults(sandboxUrl, { errorRate: rate, pathPrefix: '/sns/' });
        const signInShare = await successShare(signIns, concurrency, (i) =>
          signIn(bffUrl, sandboxUrl, `bench-faults-${i}`),
        );
        point[name] = { licenceReads: licenceReads.share, licenceReadsMs: licenceReads.ms, signIns: signInShare.share };
      }
      points.push(point);
    }
    await setFaults(sandboxUrl, {});
    for (const name of Object.keys(bffs)) await recovered(() => readers[name](0));
    byRound.push(points);
  }
  const pct = (x) => Math.round(x * 1000) / 10;
  return rates.map((rate, i) => {
    const out = { errorRate: rate };
    for (const name of Object.keys(bffs)) {
      out[name] = {
        licenceReads: pct(median(byRound.map((points) => points[i][name].licenceReads))),
        signIns: pct(median(byRound.map((points) => points[i][name].signIns))),
        licenceReadsSeconds: Math.round(median(byRound.map((points) => points[i][name].licenceReadsMs)) / 100) / 10,
      };
    }
    return out;
  });
}
