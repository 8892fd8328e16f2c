import { parseIdNumber } from '@zsb/domain';
import { loadDivisions } from './data';
import { buildIssuedLicences } from './licence-issue';
import { ISSUED_AS_OF } from './licence-terms';
import { ageOn } from './people';
import { buildResidents, RESIDENT_COUNT } from './residents';

const residents = buildResidents();

describe('resident registry seed', () => {
  it('holds at least 30 residents, the README three first', () => {
    expect(residents.length).toBe(RESIDENT_COUNT);
    expect(residents.length).toBeGreaterThanOrEqual(30);
    expect(residents.slice(0, 3).map((r) => [r.name, r.id_number, r.phone])).toEqual([
      ['张建国', '410502198001010036', '13800000001'],
      ['李秀英', '410526195003150021', '13800000002'],
      ['王芳', '410522199808080027', '13800000003'],
    ]);
  });

  it('gives every resident a valid GB 11643 number that agrees with the birth date, gender and county', () => {
    for (const r of residents) {
      const parsed = parseIdNumber(r.id_number);
      expect(parsed).toEqual({ ok: true, regionCode: r.county, birthDate: r.birth_date, gender: r.gender });
      expect(r.birth_date >= '1940-01-01' && r.birth_date <= '2008-12-31').toBe(true);
    }
  });

  it('houses them in Anyang counties, with Chinese names and well-formed contact ids', () => {
    const counties = new Map(loadDivisions().counties.map((c) => [c.code, c.name]));
    for (const r of residents) {
      expect(counties.get(r.county)).toBe(r.county_name);
      expect(r.address.startsWith('河南省')).toBe(true);
      expect(r.address).toContain(r.township);
      expect(r.name).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);
      expect(r.phone).toMatch(/^1[3-9]\d{9}$/);
      expect(r.wechat_openid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
      expect(r.alipay_user_id).toMatch(/^2088\d{12}$/);
    }
    expect(new Set(residents.map((r) => r.county)).size).toBeGreaterThanOrEqual(5);
  });

  it('keeps ID numbers, phones, openids and Alipay ids unique', () => {
    for (const key of ['id_number', 'phone', 'wechat_openid', 'alipay_user_id'] as const) {
      expect(new Set(residents.map((r) => r[key])).size).toBe(residents.length);
    }
  });

  it('includes elderly residents and young adults', () => {
    const ages = residents.map((r) => ageOn(r.birth_date, ISSUED_AS_OF));
    expect(ages.filter((a) => a >= 60).length).toBeGreaterThanOrEqual(5);
    expect(ages.filter((a) => a < 30).length).toBeGreaterThanOrEqual(3);
  });

  it('is deterministic', () => {
    expect(JSON.parse(JSON.stringify(buildResidents()))).toEqual(JSON.parse(JSON.stringify(residents)));
  });
});

describe('licence issue seed', () => {
  const licences = buildIssuedLicences();

  it('gives every resident one 居民身份证 and two to six other licences', () => {
    for (const r of residents) {
      const held = licences.filter((l) => l.holder.id_number === r.id_number);
      expect(held.filter((l) => l.type_name === '居民身份证')).toHaveLength(1);
      expect(held.length - 1).toBeGreaterThanOrEqual(2);
      expect(held.length - 1).toBeLessThanOrEqual(6);
      expect(new Set(held.map((l) => l.type_code)).size).toBe(held.length);
    }
  });

  it('issues 老年人优待证 only from 60 and 结婚证 only to adults', () => {
    for (const l of licences) {
      const age = ageOn(l.holder.birth_date, l.issued_on);
      if (l.type_name === '老年人优待证') expect(age).toBeGreaterThanOrEqual(60);
      if (l.type_name === '结婚证') expect(age).toBeGreaterThanOrEqual(20);
      expect(l.issued_on <= ISSUED_AS_OF).toBe(true);
      if (l.valid_until) expect(l.valid_until > l.issued_on).toBe(true);
    }
  });

  it('prints the ID card the way the card reads', () => {
    const card = licences.find((l) => l.holder.id_number === '410502198001010036' && l.type_name === '居民身份证')!;
    expect(card.type_code).toBe('11100000000013127D001');
    expect(card.issuer).toBe('安阳市公安局文峰分局');
    expect(card.surface.map((f) => f.label)).toEqual([
      '姓名',
      '性别',
      '民族',
      '出生',
      '住址',
      '公民身份号码',
      '签发机关',
      '有效期限',
    ]);
    expect(card.surface.find((f) => f.label === '出生')?.value).toBe('1980年1月1日');
  });

  it('only issues personal licence types', () => {
    const types = new Set(licences.map((l) => l.type_name));
    expect(types.has('居民身份证')).toBe(true);
    expect(types.has('营业执照（农民专业合作社）')).toBe(false);
  });
});
