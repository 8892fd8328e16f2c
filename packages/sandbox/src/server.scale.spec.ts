import { buildCatalog } from './seed/catalog';
import { createSandbox, type Sandbox } from './server';
import type { Center, Envelope, Page } from './wire';

const SEED_CENTERS = buildCatalog().centers.length;

async function centersPage(sandbox: Sandbox, pageNo: number): Promise<{ ms: number; page: Page<Center> }> {
  const started = performance.now();
  const res = await fetch(`${sandbox.url}/platform/centers?page_no=${pageNo}&page_size=200`);
  const body = (await res.json()) as Envelope<Page<Center>>;
  return { ms: performance.now() - started, page: body.data! };
}

describe('sandbox with the scale data set', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ scalePoints: 50_000 });
  });
  afterAll(() => sandbox.close());

  it('pages through the seed centers and then 50,000 scale points', async () => {
    const total = SEED_CENTERS + 50_000;
    const lastNo = Math.ceil(total / 200);
    const first = await centersPage(sandbox, 1);
    expect(first.page.total).toBe(total);
    expect(first.page.rows[0].center_id).not.toMatch(/^X/);
    const last = await centersPage(sandbox, lastNo);
    expect(last.page.rows).toHaveLength(total - 200 * (lastNo - 1));
    expect(last.page.rows.at(-1)).toMatchObject({
      center_id: 'X050000',
      center_kind: '2',
      sample: true,
      window_count: 1,
    });
    expect((await centersPage(sandbox, lastNo + 1)).page.rows).toEqual([]);
    // a page deep in the set costs what the first does: the rows are sliced, not rebuilt
    const deep = await centersPage(sandbox, lastNo - 1);
    expect(deep.page.rows.every((c) => /^X\d{6}$/.test(c.center_id))).toBe(true);
    expect(deep.ms).toBeLessThan(1000);
  });

  it('announces a catalog version of its own', async () => {
    const plain = await createSandbox();
    try {
      const version = async (s: Sandbox): Promise<string> =>
        ((await (await fetch(`${s.url}/platform/catalog/version`)).json()) as Envelope<{ version: string }>).data!
          .version;
      expect(await version(sandbox)).not.toBe(await version(plain));
    } finally {
      await plain.close();
    }
  });

  it('refuses a scale it cannot number', async () => {
    await expect(createSandbox({ scalePoints: 1_000_000 })).rejects.toThrow(RangeError);
  });
});
