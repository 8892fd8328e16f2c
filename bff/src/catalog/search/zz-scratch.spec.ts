import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatterSearchIndex } from './matter-search';
import { stripRegionNote } from './region-note';

interface Raw { id: string; name: string; domain: string; department: string | null; kind: string | null; region: string | null }
it('scratch', () => {
  const raw = JSON.parse(readFileSync(join(__dirname, '../../../../packages/sandbox/data/matters.json'), 'utf8')) as Raw[];
  const matters = raw.map((m) => ({ code: m.id, name: stripRegionNote(m.name, m.region), domainName: m.domain, department: m.department ?? '', kind: m.kind ?? '', popularity: 0, materialNames: [] }));
  let t = performance.now();
  const idx = MatterSearchIndex.build(matters);
  const buildMs = performance.now() - t;
  const byCode = new Map(matters.map((m) => [m.code, m.name]));
  const qs = (process.env.QS ?? '').split(',');
  const out: string[] = [`build ${buildMs.toFixed(1)}ms`];
  for (const q of qs) {
    const hits = idx.search(q, { limit: 3 });
    out.push(q + ' → ' + hits.map((h) => {
      const n = byCode.get(h.code) ?? '';
      let s = ''; let last = 0;
      for (const [a, b] of h.highlights) { s += n.slice(last, a) + '[' + n.slice(a, b) + ']'; last = b; }
      return s + n.slice(last) + ' ' + h.score.toFixed(1);
    }).join(' | '));
  }
  console.log(out.join('\n'));
});
