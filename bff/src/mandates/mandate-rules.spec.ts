import {
  allows,
  expiryOf,
  grantProblem,
  licenceTypesFor,
  MAX_FAMILY_HELPERS,
  scopeSummary,
  stateOf,
} from './mandate-rules';

const now = new Date('2026-12-08T02:00:00Z'); // 10:00 in Beijing
const terms = (over: Partial<Parameters<typeof stateOf>[0]> = {}) => ({
  level: 'handle' as const,
  matters: [{ code: '410500-010101-001' }],
  expiresAt: new Date('2026-12-10T16:00:00Z'),
  revokedAt: null,
  ...over,
});

describe('a 委托 in force', () => {
  it('ends when revoked or at its expiry, whichever comes first', () => {
    expect(stateOf(terms(), now)).toBe('active');
    expect(stateOf(terms({ revokedAt: now }), now)).toBe('revoked');
    expect(stateOf(terms({ expiresAt: now }), now)).toBe('expired');
  });

  it('lets 办理 include 查询, never the other way, and only for its matters', () => {
    expect(allows(terms(), { level: 'query' }, now)).toBe(true);
    expect(allows(terms(), { level: 'handle', matterCode: '410500-010101-001' }, now)).toBe(true);
    expect(allows(terms(), { level: 'handle', matterCode: '410500-010101-002' }, now)).toBe(false);
    expect(allows(terms({ level: 'query' }), { level: 'handle' }, now)).toBe(false);
    expect(allows(terms({ revokedAt: now }), { level: 'query' }, now)).toBe(false);
    expect(allows(terms(), { level: 'query', matterCode: '' }, now)).toBe(false);
  });

  it('runs to the end of the last day in Beijing', () => {
    expect(expiryOf(now, 1).toISOString()).toBe('2026-12-09T15:59:59.999Z');
    // 00:30 on the 9th in Beijing is still the 8th in UTC: the days are counted in Beijing.
    expect(expiryOf(new Date('2026-12-08T16:30:00Z'), 1).toISOString()).toBe('2026-12-10T15:59:59.999Z');
  });
});

describe('who may be given one', () => {
  it('never oneself, and at most five family members at once', () => {
    const base = { kind: 'family' as const, principalId: 'p', helperId: 'h', otherFamilyHelpers: 0 };
    expect(grantProblem(base)).toBeNull();
    expect(grantProblem({ ...base, helperId: 'p' })).toContain('不能委托自己');
    expect(grantProblem({ ...base, otherFamilyHelpers: MAX_FAMILY_HELPERS - 1 })).toBeNull();
    expect(grantProblem({ ...base, otherFamilyHelpers: MAX_FAMILY_HELPERS })).toContain('最多可以委托 5 位亲友');
    // Agents serve many people: the family limit is not theirs.
    expect(grantProblem({ ...base, kind: 'agent', otherFamilyHelpers: 9 })).toBeNull();
  });

  it('allows only licence types the named matters ask for', () => {
    const matters = [{ materials: [{ licenceType: { code: 'ID', name: '居民身份证' } }, { licenceType: null }] }];
    expect(licenceTypesFor(matters, ['ID', 'ID'])).toEqual({ types: [{ code: 'ID', name: '居民身份证' }] });
    expect(licenceTypesFor(matters, ['HUKOU'])).toEqual({ unknown: 'HUKOU' });
  });

  it('says what it covers in a few words for the SMS', () => {
    expect(scopeSummary(['病残津贴申领'])).toBe('病残津贴申领');
    expect(scopeSummary(['病残津贴申领', '社保卡补办'])).toBe('病残津贴申领等2项事项');
    expect(Array.from(scopeSummary(['很'.repeat(40)])).length).toBe(24);
  });
});
