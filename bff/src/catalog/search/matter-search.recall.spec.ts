import { buildCatalog } from '../../../../packages/sandbox/src/seed/catalog';
import { MatterSearchIndex, type SearchableMatter } from './matter-search';
import { RECALL_QUERIES } from './recall-queries';

const MIN_RECALL_AT_3 = 0.9;

// The sandbox's seed catalog as the BFF receives it: names and departments said in Anyang's terms.
function loadMatters(): SearchableMatter[] {
  return buildCatalog().tasks.map((t) => ({
    code: t.task_code,
    name: t.task_name,
    domainName: t.theme_type_name,
    department: t.dept_name,
    kind: t.task_type,
    popularity: 0,
    materialNames: [],
  }));
}

describe('catalog search recall on the sandbox catalog', () => {
  const matters = loadMatters();
  const nameByCode = new Map(matters.map((m) => [m.code, m.name]));
  const names = new Set(nameByCode.values());
  const index = MatterSearchIndex.build(matters);

  it('expects only matters that exist in the catalog', () => {
    const missing = RECALL_QUERIES.flatMap(([, expected]) => expected.filter((n) => !names.has(n)));
    expect(missing).toEqual([]);
    expect(RECALL_QUERIES.length).toBeGreaterThanOrEqual(60);
  });

  it(`finds the matter meant in the top 3 for at least ${MIN_RECALL_AT_3 * 100}% of resident queries`, () => {
    const failures: string[] = [];
    for (const [query, expected] of RECALL_QUERIES) {
      const top3 = index.search(query, { limit: 3 }).map((h) => nameByCode.get(h.code) ?? h.code);
      if (!top3.some((n) => expected.includes(n))) {
        failures.push(`  ✗ ${query} → [${top3.join(' | ')}]; expected one of [${expected.join(' | ')}]`);
      }
    }
    const hits = RECALL_QUERIES.length - failures.length;
    const recall = hits / RECALL_QUERIES.length;
    console.info(
      [`search recall@3: ${hits}/${RECALL_QUERIES.length} = ${(recall * 100).toFixed(1)}%`, ...failures].join('\n'),
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL_AT_3);
  });
});
