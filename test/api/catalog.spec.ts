import type {
  DomainList,
  ErrorBody,
  HealthStatus,
  HotMatters,
  MatterGuide,
  MatterPage,
  ThemeDetail,
  ThemeList,
} from '@zsb/contracts';
import { buildCatalog, elsewhereFinder } from '@zsb/sandbox';
import { MatterViews } from '../../bff/src/catalog/matter-views';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(() => sys.close(), 120_000);

const findCode = async (q: string): Promise<string> => {
  const { body } = await sys.get<MatterPage>(`/api/v1/matters?q=${encodeURIComponent(q)}`);
  return body.items[0].code;
};

describe('finding a matter and reading its guide', () => {
  it('is ready once the catalog has been synced, and says which version answers', async () => {
    const ready = await sys.get<HealthStatus>('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({ database: 'up', catalog: 'ready' });
    const page = await sys.get<MatterPage>('/api/v1/matters?pageSize=5');
    expect(page.status).toBe(200);
    expect(page.headers.get('x-catalog-version')).toBe(ready.body.catalogVersion);
    expect(page.headers.get('x-catalog-stale')).toBe('0');
    expect(page.body.total).toBeGreaterThanOrEqual(400);
  });

  it('finds the social security card from its colloquial name and shows where it matched', async () => {
    const { status, body } = await sys.get<MatterPage>(`/api/v1/matters?q=${encodeURIComponent('社保卡')}`);
    expect(status).toBe(200);
    const top3 = body.items.slice(0, 3);
    expect(top3.some((m) => m.name.includes('社会保障卡'))).toBe(true);
    expect(top3[0].highlights?.length).toBeGreaterThan(0);
  });

  it('finds matters from pinyin initials and from full pinyin', async () => {
    for (const q of ['sfz', 'shebaoka']) {
      const { body } = await sys.get<MatterPage>(`/api/v1/matters?q=${q}`);
      expect(body.items.length).toBeGreaterThan(0);
    }
    const { body } = await sys.get<MatterPage>('/api/v1/matters?q=shebaoka');
    expect(body.items.slice(0, 3).some((m) => m.name.includes('社会保障卡'))).toBe(true);
  });

  it('counts every match of a search and pages through them', async () => {
    const q = encodeURIComponent('社会保险');
    const first = await sys.get<MatterPage>(`/api/v1/matters?q=${q}&pageSize=20`);
    expect(first.body.total).toBeGreaterThan(20);
    const second = await sys.get<MatterPage>(`/api/v1/matters?q=${q}&pageSize=20&page=2`);
    expect(second.body.items.length).toBeGreaterThan(0);
    const seen = new Set(first.body.items.map((m) => m.code));
    expect(second.body.items.some((m) => seen.has(m.code))).toBe(false);
    expect(second.body.items.some((m) => (m.highlights ?? []).length > 0)).toBe(true);
  });

  it('filters to matters that can be done on the phone and pages through them', async () => {
    const first = await sys.get<MatterPage>('/api/v1/matters?mobileReady=true&pageSize=50');
    expect(first.body.total).toBeGreaterThanOrEqual(300);
    expect(first.body.items.every((m) => m.mobileReady && m.onlineDepth >= 3)).toBe(true);
    const second = await sys.get<MatterPage>('/api/v1/matters?mobileReady=true&pageSize=50&page=2');
    const codes = new Set(first.body.items.map((m) => m.code));
    expect(second.body.items.some((m) => codes.has(m.code))).toBe(false);
  });

  it('filters by domain and level, and by what one center handles', async () => {
    const domains = await sys.get<DomainList>('/api/v1/domains');
    const social = domains.body.items.find((d) => d.code === 'social-insurance');
    expect(social?.name).toBe('社会保险');
    const inDomain = await sys.get<MatterPage>(`/api/v1/matters?domain=social-insurance&pageSize=50`);
    expect(inDomain.body.total).toBe(social?.matterCount);
    expect(inDomain.body.items.every((m) => m.domain === 'social-insurance')).toBe(true);
    const village = await sys.get<MatterPage>('/api/v1/matters?level=village&pageSize=50');
    expect(village.body.items.every((m) => m.levels.includes('village'))).toBe(true);

    const center = buildCatalog().centers.find((c) => c.center_kind === '1');
    const atCenter = await sys.get<MatterPage>(`/api/v1/matters?centerId=${center?.center_id}&pageSize=50`);
    expect(atCenter.body.total).toBe(center?.task_codes.length);
    const unknown = await sys.get<ErrorBody>('/api/v1/matters?centerId=C999999999');
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CENTER_NOT_FOUND');
  });

  it('shows every guide field, with the e-licence that can replace a material', async () => {
    const code = await findCode('社保卡');
    const { status, body } = await sys.get<MatterGuide>(`/api/v1/matters/${code}`);
    expect(status).toBe(200);
    for (const field of ['basis', 'conditions', 'materials', 'steps', 'locations', 'sampleFields'] as const) {
      expect(Array.isArray(body[field])).toBe(true);
    }
    expect(body.materials.length).toBeGreaterThan(0);
    expect(body.legalDays).toBeGreaterThanOrEqual(body.promisedDays);
    expect(typeof body.fee.free).toBe('boolean');
    expect(body.source.name.length).toBeGreaterThan(0);
    // Sample data is named by the guide's own fields (shown marked 示例), never by the platform's wire names.
    expect(body.sampleFields).toContain('department');
    expect(body.sampleFields.every((f) => f in body || ['licenceTypes', 'levels'].includes(f))).toBe(true);
    const anyLicence = (await sys.get<MatterPage>('/api/v1/matters?q=%E8%BA%AB%E4%BB%BD%E8%AF%81&pageSize=10')).body
      .items;
    const guides = await Promise.all(anyLicence.map((m) => sys.get<MatterGuide>(`/api/v1/matters/${m.code}`)));
    expect(guides.some((g) => g.body.materials.some((m) => m.licenceType?.name === '居民身份证'))).toBe(true);
  });

  it('lets a phone that already holds a guide skip downloading it again (ETag, 304)', async () => {
    const path = `/api/v1/matters/${await findCode('低保')}`;
    const first = await sys.get<MatterGuide>(path);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/".+"$/);
    const again = await fetch(`${sys.url}${path}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('x-catalog-version')).toBe(first.headers.get('x-catalog-version'));
    // A different answer never matches the tag of another one.
    const other = await fetch(`${sys.url}/api/v1/matters?q=${encodeURIComponent('低保')}`, {
      headers: { 'if-none-match': etag! },
    });
    expect(other.status).toBe(200);
    expect(((await other.json()) as MatterPage).items.length).toBeGreaterThan(0);
  });

  it('answers a repeated question from memory with the same body, headers and ETag, and still counts guide views', async () => {
    const code = (await sys.get<MatterPage>('/api/v1/matters?pageSize=1&page=7')).body.items[0].code;
    const views = sys.app.get(MatterViews);
    await views.flush();
    const before = (await views.top(1000)).get(code) ?? 0;
    const first = await sys.get<MatterGuide>(`/api/v1/matters/${code}`);
    const again = await sys.get<MatterGuide>(`/api/v1/matters/${code}`, {
      headers: { 'x-request-id': 'repeat-guide-read-1' },
    });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(again.headers.get('x-catalog-version')).toBe(first.headers.get('x-catalog-version'));
    expect(again.headers.get('x-request-id')).toBe('repeat-guide-read-1');
    const notModified = await sys.get(`/api/v1/matters/${code}`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    });
    expect(notModified.status).toBe(304);
    await views.flush();
    expect((await views.top(1000)).get(code)).toBe(before + 3);
    // A refused question is never remembered: it is refused again.
    expect((await sys.get('/api/v1/matters?pageSize=999')).status).toBe(400);
    expect((await sys.get('/api/v1/matters?pageSize=999')).status).toBe(400);
  });

  it('answers an unknown matter with 404 and a wrong code format with 400', async () => {
    const missing = await sys.get<ErrorBody>('/api/v1/matters/410500-999999-999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('MATTER_NOT_FOUND');
    expect(missing.body.requestId).toBe(missing.headers.get('x-request-id'));
    const wrong = await sys.get<ErrorBody>('/api/v1/matters/abc');
    expect(wrong.status).toBe(400);
    expect(wrong.body.code).toBe('MATTER_CODE_INVALID');
    expect(wrong.body.message).toMatch(/事项编码/);
  });

  it('lists eight hot matters led by what residents ask for most', async () => {
    const hot = await sys.get<HotMatters>('/api/v1/matters/hot');
    expect(hot.status).toBe(200);
    expect(hot.body.items.length).toBe(8);
    const mostAsked = [...buildCatalog().tasks].sort((a, b) => b.popularity - a.popularity)[0];
    expect(hot.body.items.map((m) => m.code)).toContain(mostAsked.task_code);
  });

  it('lists themes and shows one with its matters in order and shared materials once', async () => {
    const list = await sys.get<ThemeList>('/api/v1/themes');
    expect(list.body.items.length).toBeGreaterThanOrEqual(6);
    const first = list.body.items[0];
    const detail = await sys.get<ThemeDetail>(`/api/v1/themes/${first.id}`);
    expect(detail.body.matters.length).toBe(first.matterCount);
    expect(detail.body.matters.length).toBeGreaterThanOrEqual(2);
    const keys = detail.body.sharedMaterials.map((m) => m.licenceType?.code ?? m.name);
    expect(new Set(keys).size).toBe(keys.length);
    const guide = await sys.get<MatterGuide>(`/api/v1/matters/${detail.body.matters[0].code}`);
    expect(guide.body.themes.map((t) => t.id)).toContain(first.id);
    expect((await sys.get<ErrorBody>('/api/v1/themes/NOPE')).body.code).toBe('THEME_NOT_FOUND');
  });

  it('names no other province, prefecture or county in any matter, department, step or place a resident reads', async () => {
    const elsewhere = elsewhereFinder();
    const found: string[] = [];
    const check = (code: string, texts: string[]): void => {
      for (const text of texts) for (const place of elsewhere(text)) found.push(`${code} ${place}: ${text}`);
    };
    const codes: string[] = [];
    for (let page = 1; ; page++) {
      const { body } = await sys.get<MatterPage>(`/api/v1/matters?pageSize=50&page=${page}`);
      for (const m of body.items) {
        codes.push(m.code);
        check(m.code, [m.name, m.department]);
      }
      if (body.items.length < 50) break;
    }
    expect(codes.length).toBe(buildCatalog().tasks.length);
    for (let i = 0; i < codes.length; i += 25) {
      const guides = await Promise.all(codes.slice(i, i + 25).map((c) => sys.get<MatterGuide>(`/api/v1/matters/${c}`)));
      for (const { body: g } of guides) {
        check(g.code, [
          g.name,
          g.department,
          ...g.locations,
          ...g.conditions,
          ...g.basis,
          ...g.steps.flatMap((s) => [s.name, s.description]),
          ...g.materials.map((m) => m.name),
        ]);
        for (const place of g.locations) expect(place).not.toMatch(/各县|县（市、区）/);
      }
    }
    expect(found).toEqual([]);
    const { body: old } = await sys.get<MatterPage>(`/api/v1/matters?q=${encodeURIComponent('老年证')}`);
    expect(old.items[0].name).toBe('申领《河南省老年人优待证》');
    const { body: dibao } = await sys.get<MatterPage>(`/api/v1/matters?q=${encodeURIComponent('低保')}`);
    expect(dibao.items.map((m) => m.name)).not.toContain('最低生活保障（中牟县黄店镇）');
    expect(dibao.items.map((m) => m.name)).toContain('最低生活保障');
  });

  it('keeps a caller’s request id and documents the API', async () => {
    const res = await sys.get('/api/v1/domains', { headers: { 'x-request-id': 'trace-12345678' } });
    expect(res.headers.get('x-request-id')).toBe('trace-12345678');
    const docs = await sys.get<{ paths: Record<string, unknown> }>('/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/matters',
        '/api/v1/matters/hot',
        '/api/v1/matters/{code}',
        '/api/v1/domains',
        '/api/v1/themes',
        '/api/v1/themes/{id}',
        '/health/ready',
      ]),
    );
  });
});
