import { MATTER_CODE_PATTERN } from '@zsb/domain';
import type { Catalog, Center } from '../wire';
import { buildCatalog } from './catalog';
import { loadRawData } from './data';
import { DOMAIN_SLUGS } from './domains';
import { elsewhereFinder } from './elsewhere';
import { localiseName } from './localise';
import { applicationForm } from './materials';

const catalog = buildCatalog();
const raw = loadRawData();
const rawBySerial = new Map(raw.matters.map((m) => [Number(m.id.replace(/\D/g, '')), m]));
const rawOf = (code: string) => rawBySerial.get(Number(code.slice(-3)))!;
const levelsByCode = new Map(catalog.tasks.map((t) => [t.task_code, t.use_level.split(',')]));
const centersOf = (kind: Center['center_kind'], level?: Center['level']) =>
  catalog.centers.filter((c) => c.center_kind === kind && (level === undefined || c.level === level));

describe('seed catalog', () => {
  it('has one task per matter name, with unique codes shaped 410500-XXXXXX-NNN', () => {
    const names = new Set(raw.matters.map((m) => localiseName(m.name)));
    expect(catalog.tasks).toHaveLength(names.size);
    expect(new Set(catalog.tasks.map((t) => t.task_name)).size).toBe(names.size);
    const codes = catalog.tasks.map((t) => t.task_code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(MATTER_CODE_PATTERN);
    expect(codes.every((c) => c.startsWith('410500-'))).toBe(true);
  });

  it("says every matter name in Anyang's terms and keeps the source's name beside it", () => {
    for (const t of catalog.tasks) {
      expect(t.source_task_name).toBe(rawOf(t.task_code).name);
      expect(t.task_name).toBe(localiseName(t.source_task_name));
    }
    const byName = new Map(catalog.tasks.map((t) => [t.task_name, t]));
    expect(byName.get('申领《河南省老年人优待证》')?.source_task_name).toBe('申领《四川省老年人优待证》');
    expect(byName.get('最低生活保障')?.source_task_name).toBe('最低生活保障');
    expect(byName.get('结婚登记')?.source_task_name).toBe('结婚登记（成都）');
    expect(byName.has('残疾人证办理')).toBe(true);
    expect(byName.has('居民身份证办理（包括临时）')).toBe(true);
  });

  it('makes a township guide of the same matter part of it: 最低生活保障（中牟县黄店镇） is 最低生活保障', () => {
    const dibao = catalog.tasks.find((t) => t.task_name === '最低生活保障')!;
    expect(dibao.task_code.endsWith('-125')).toBe(true);
    // the 办事指南 of the merged record (M0401) gives the steps, without its closing 六个程序
    expect(dibao.process.map((s) => s.step_name)).toEqual(['申请', '审核', '评议', '审批', '公示', '发放']);
    expect(catalog.tasks.some((t) => t.task_code.endsWith('-401'))).toBe(false);
  });

  it('names no province but Henan and no prefecture or county outside Anyang in anything a resident reads', () => {
    const elsewhere = elsewhereFinder();
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(strings)
          : value && typeof value === 'object'
            ? Object.values(value).flatMap(strings)
            : [];
    const found: string[] = [];
    for (const t of catalog.tasks) {
      // the source fields say where the record was copied from, and are meant to
      const { source_name: _n, source_url: _u, source_task_name: _t, ...shown } = t;
      for (const text of strings(shown))
        for (const place of elsewhere(text)) found.push(`${t.task_code} ${place}: ${text}`);
    }
    for (const c of catalog.centers)
      for (const text of strings(c))
        for (const place of elsewhere(text)) found.push(`${c.center_id} ${place}: ${text}`);
    expect(found).toEqual([]);
    // the check itself sees them: it is not passing for want of names
    expect(elsewhere('申领《四川省老年人优待证》')).toEqual(['四川省', '四川']);
    expect(elsewhere('最低生活保障（中牟县黄店镇）')).toEqual(expect.arrayContaining(['中牟县', '黄店镇']));
    expect(elsewhere('结婚登记（成都）')).toEqual(['成都']);
    expect(elsewhere('安阳市文峰区民政局、安阳县、林州市政务服务中心')).toEqual([]);
  });

  it("names Anyang's bureaus and the real halls of the service map, never 各县（市、区）", () => {
    const counties = raw.divisions.counties.filter((c) => c.kind !== '功能区').map((c) => c.name);
    for (const t of catalog.tasks) {
      expect(t.dept_name).toMatch(/^(安阳市[^县区]+|国家税务总局安阳市税务局)$/);
      for (const place of t.transact_addr) expect(place).not.toMatch(/各县|县（市、区）|各乡镇/);
      const hall = t.transact_addr.find((p) => p.includes('政务服务中心'));
      if (t.use_level.split(',').includes('1')) {
        for (const county of counties) expect(hall).toContain(`${county}`);
        expect(hall).toContain(
          `林州市政务服务中心${t.dept_name === '国家税务总局安阳市税务局' ? '税务' : t.dept_name.slice(3)}窗口`,
        );
      } else expect(hall).toBeUndefined();
    }
  });

  it('keeps the source of every record', () => {
    for (const t of catalog.tasks) {
      const r = rawOf(t.task_code);
      expect(t.source_name).toBe(r.source);
      expect(t.source_url).toBe(r.sourceUrl);
    }
  });

  it('makes 325 to 340 matters doable on the phone', () => {
    const mobile = catalog.tasks.filter((t) => t.online_depth === '3' || t.online_depth === '4').length;
    expect(mobile).toBeGreaterThanOrEqual(325);
    expect(mobile).toBeLessThanOrEqual(340);
  });

  it('keeps max visits consistent with the online depth', () => {
    for (const t of catalog.tasks) {
      if (t.online_depth === '4') expect(t.limit_scene_num).toBe(0);
      if (t.online_depth === '3') expect(t.limit_scene_num).toBeLessThanOrEqual(1);
      if (t.online_depth === '2') expect(t.limit_scene_num).toBeLessThanOrEqual(2);
    }
  });

  it('never promises more days than the law allows, and promises 0 days for 即办件', () => {
    for (const t of catalog.tasks) {
      expect(t.promise_day).toBeLessThanOrEqual(t.anticipate_day);
      if (t.service_type === '1') expect(t.promise_day).toBe(0);
      else expect(t.promise_day).toBeGreaterThan(0);
    }
  });

  it('promises low-income payments in 5 to 10 days on a 20-day legal limit', () => {
    const dibao = catalog.tasks.find((t) => t.task_name === '最低生活保障')!;
    expect(dibao.anticipate_day).toBe(20);
    expect(dibao.promise_day).toBeGreaterThanOrEqual(5);
    expect(dibao.promise_day).toBeLessThanOrEqual(10);
  });

  it('uses only the contract slugs and fills every guide section', () => {
    for (const t of catalog.tasks) {
      expect(DOMAIN_SLUGS).toContain(t.theme_type_code);
      expect(t.by_law.length).toBeGreaterThan(0);
      expect(t.accept_condition.length).toBeGreaterThan(0);
      expect(t.materials.length).toBeGreaterThan(0);
      expect(t.process.length).toBeGreaterThan(0);
      expect(t.transact_addr.length).toBeGreaterThan(0);
      expect(t.link_tel).toMatch(/^0372-\d{7}$/);
      expect(t.updated_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    }
  });

  it('lists filled fields as sample and keeps the fields a full guide published', () => {
    const guide = catalog.tasks.find((t) => t.task_name === '内地居民婚姻登记')!;
    expect(guide.accept_condition).toContain('男年满22周岁，女年满20周岁');
    expect(guide.sample_fields).not.toContain('accept_condition');
    expect(guide.sample_fields).not.toContain('by_law');
    const plain = catalog.tasks.find((t) => t.task_name === '个体工商户设立登记')!;
    expect(plain.sample_fields).toEqual(expect.arrayContaining(['materials', 'promise_day', 'by_law', 'online_depth']));
  });

  it('links materials that an e-licence can replace to the licence type', () => {
    const materials = catalog.tasks.flatMap((t) => t.materials);
    const id = materials.find((m) => m.material_name.includes('身份证') && !m.material_name.includes('临时'))!;
    expect(id.cert_type_code).toBe('11100000000013127D001');
    expect(id.cert_type_name).toBe('居民身份证');
    const licensed = new Set(materials.filter((m) => m.cert_type_name).map((m) => m.cert_type_name));
    for (const name of ['居民户口簿', '结婚证', '残疾人证（第二代）', '出生医学证明', '不动产权证书'])
      expect(licensed).toContain(name);
    expect(materials.filter((m) => /申请表/.test(m.material_name)).every((m) => m.cert_type_code === null)).toBe(true);
  });

  it('ranks everyday matters such as 社会保障卡 and 医保 among the hottest', () => {
    const top = [...catalog.tasks].sort((a, b) => b.popularity - a.popularity).slice(0, 20);
    expect(
      top.filter((t) => /社会保障卡|医保|报销|身份证|养老|户口|参保/.test(t.task_name)).length,
    ).toBeGreaterThanOrEqual(15);
  });

  it('builds 6 to 10 themes from tasks that exist, each with at least two', () => {
    expect(catalog.themes.length).toBeGreaterThanOrEqual(6);
    expect(catalog.themes.length).toBeLessThanOrEqual(10);
    const codes = new Set(catalog.tasks.map((t) => t.task_code));
    for (const theme of catalog.themes) {
      expect(theme.task_codes.length).toBeGreaterThanOrEqual(2);
      for (const code of theme.task_codes) expect(codes.has(code)).toBe(true);
    }
  });
});

describe('seed centers', () => {
  it('gives every township, town and street of the divisions a center under its real code', () => {
    const byCode = new Map(centersOf('1').map((c) => [c.division_code, c]));
    const units = raw.divisions.counties
      .flatMap((c) => c.townships)
      .filter((t) => ['街道', '镇', '乡'].includes(t.type));
    for (const unit of units) {
      const center = byCode.get(`${unit.code}000`);
      expect(center?.township_name).toBe(unit.name);
      expect(center?.level).toBe(unit.type === '街道' ? '3' : '2');
    }
    expect(centersOf('1')).toHaveLength(units.length);
  });

  it('meets the policy floors: 200 at a township, 150 at a street, 40 at a village station', () => {
    for (const c of centersOf('1', '2')) expect(c.task_codes.length).toBeGreaterThanOrEqual(200);
    for (const c of centersOf('1', '3')) expect(c.task_codes.length).toBeGreaterThanOrEqual(150);
    for (const c of centersOf('2')) expect(c.task_codes.length).toBeGreaterThanOrEqual(40);
  });

  it('only lists tasks whose use_level includes the center level', () => {
    const wrong = catalog.centers.flatMap((c) =>
      c.task_codes.filter((code) => !levelsByCode.get(code)?.includes(c.level)).map((code) => `${c.center_id}:${code}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has 2 to 4 stations per township, bank points and kiosks, with Anyang phones and GCJ-02 points in Anyang', () => {
    const perTownship = new Map<string, number>();
    for (const s of centersOf('2'))
      perTownship.set(s.division_code.slice(0, 9), (perTownship.get(s.division_code.slice(0, 9)) ?? 0) + 1);
    for (const n of perTownship.values()) expect(n).toBeGreaterThanOrEqual(2);
    for (const n of perTownship.values()) expect(n).toBeLessThanOrEqual(4);
    expect(centersOf('3').length).toBeGreaterThan(0);
    expect(centersOf('4').length).toBeGreaterThan(0);
    expect(new Set(catalog.centers.map((c) => c.center_id)).size).toBe(catalog.centers.length);
    for (const c of catalog.centers) {
      expect(c.gcj02_lng).toBeGreaterThan(113.5);
      expect(c.gcj02_lng).toBeLessThan(115.3);
      expect(c.gcj02_lat).toBeGreaterThan(35.3);
      expect(c.gcj02_lat).toBeLessThan(36.5);
      if (c.tel !== null) expect(c.tel).toMatch(/^0372-\d{7}$/);
      expect(c.division_code).toMatch(/^\d{12}$/);
    }
  });
});

describe('buildCatalog', () => {
  it('is deterministic: a fresh build in a new module registry equals the first, without Math.random', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('the seed must not use Math.random');
    });
    let again: Catalog | undefined;
    jest.isolateModules(() => {
      // a fresh module registry needs a synchronous require; a static import would return the cached build
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      again = (require('./catalog') as typeof import('./catalog')).buildCatalog();
    });
    random.mockRestore();
    expect(again).not.toBe(catalog);
    expect(again).toEqual(catalog);
  });

  it('returns the cached, frozen catalog on later calls', () => {
    expect(buildCatalog()).toBe(catalog);
    expect(Object.isFrozen(catalog.tasks[0])).toBe(true);
  });
});

describe('the application form a guide asks for', () => {
  it('is named by the document the matter is about, never a title inside a title', () => {
    expect(applicationForm('申领《河南省老年人优待证》')).toBe('《河南省老年人优待证申请表》');
    expect(applicationForm('城乡居民养老保险参保登记（县级）')).toBe('《城乡居民养老保险参保登记申请表》');
    expect(applicationForm('临时救助申请')).toBe('《临时救助申请表》');
    const nested = catalog.tasks.flatMap((t) => t.materials).filter((m) => /《[^》]*《/.test(m.material_name));
    expect(nested.map((m) => m.material_name)).toEqual([]);
  });
});
