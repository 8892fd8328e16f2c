// The catalog search index on its own: build time for the sandbox's 420 matters and the median of uncached
// queries (the BFF caches rankings per query; this is the cost of a query seen for the first time).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const QUERIES = [
  '补办身份证',
  '社保卡丢了',
  'shebaoka',
  'sfz',
  '结婚登记要带什么',
  '怎么办低保',
  '营业执照',
  'yibao',
  '残疾证',
  '新农保',
];

export function benchSearchIndex(root, median) {
  const require = createRequire(import.meta.url);
  const { MatterSearchIndex } = require(join(root, 'bff/dist/catalog/search/matter-search.js'));
  const raw = JSON.parse(readFileSync(join(root, 'packages/sandbox/data/matters.json'), 'utf8'));
  const matters = raw.map((m) => ({
    code: m.id,
    name: m.name,
    domainName: m.domain,
    department: m.department ?? '',
    kind: m.kind ?? '',
    popularity: 0,
    materialNames: [],
  }));
  MatterSearchIndex.build(matters.slice(0, 40)); // loads pinyin-pro's dictionary once, as the BFF does at boot
  const builds = [];
  let index;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    index = MatterSearchIndex.build(matters, { cacheSize: 0 });
    builds.push(performance.now() - t0);
  }
  for (let round = 0; round < 5; round++) for (const q of QUERIES) index.search(q, { limit: 10 }); // JIT warm-up
  const times = [];
  for (let round = 0; round < 5; round++)
    for (const q of QUERIES) {
      const t = performance.now();
      index.search(q, { limit: 10 });
      times.push(performance.now() - t);
    }
  return {
    matters: matters.length,
    buildMs: Math.round(median(builds)),
    uncachedQueryMedianMs: Number(median(times).toFixed(2)),
    targets: { buildMs: 300, queryMs: 2 },
  };
}
