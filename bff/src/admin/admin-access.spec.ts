import {
  countiesOf,
  grantableOf,
  isAdmin,
  mayGrant,
  mayManagePlace,
  maySee,
  scopesOf,
  type HeldRoles,
} from './admin-access';

const none: HeldRoles = { counties: [], centers: [], agents: [] };
const place = { centerId: 'C410581100', centerName: '姚村镇便民服务中心', county: '林州市', township: '姚村镇' };
const county: HeldRoles = { ...none, counties: ['林州市'] };
const centerAdmin: HeldRoles = { ...none, centers: [{ ...place, role: 'admin' }] };
const clerk: HeldRoles = { ...none, centers: [{ ...place, role: 'clerk' }] };
const agent: HeldRoles = { ...none, agents: [place] };

describe('admin access', () => {
  it('opens the console to county and center admins only', () => {
    expect([county, centerAdmin, clerk, agent, none].map(isAdmin)).toEqual([true, true, false, false, false]);
    expect(countiesOf(centerAdmin)).toEqual(['林州市']);
    expect(scopesOf(agent)).toEqual([
      { role: 'agent', county: '林州市', centerId: place.centerId, centerName: place.centerName, township: '姚村镇' },
    ]);
  });

  it('lets a county admin see the county and its townships; a center admin only their township', () => {
    expect(maySee(county, { county: '林州市', township: null })).toBe(true);
    expect(maySee(county, { county: '林州市', township: '横水镇' })).toBe(true);
    expect(maySee(county, { county: '滑县', township: null })).toBe(false);
    expect(maySee(centerAdmin, { county: '林州市', township: null })).toBe(false);
    expect(maySee(centerAdmin, { county: '林州市', township: '姚村镇' })).toBe(true);
    expect(maySee(centerAdmin, { county: '林州市', township: '横水镇' })).toBe(false);
    expect(maySee(clerk, { county: '林州市', township: '姚村镇' })).toBe(false);
  });

  it('lets a county admin grant every role in the county, a center admin staff and agents of their center', () => {
    const at = { county: '林州市', centerId: place.centerId };
    const other = { county: '林州市', centerId: 'C410581101' };
    expect(mayGrant(county, 'centerAdmin', at)).toBe(true);
    expect(mayGrant(county, 'countyAdmin', { county: '林州市', centerId: null })).toBe(true);
    expect(mayGrant(county, 'countyAdmin', { county: '滑县', centerId: null })).toBe(false);
    expect(mayGrant(county, 'staff', { county: '滑县', centerId: 'C410526100' })).toBe(false);
    expect(mayGrant(centerAdmin, 'staff', at)).toBe(true);
    expect(mayGrant(centerAdmin, 'agent', at)).toBe(true);
    expect(mayGrant(centerAdmin, 'centerAdmin', at)).toBe(false);
    expect(mayGrant(centerAdmin, 'staff', other)).toBe(false);
    expect(mayGrant(clerk, 'staff', at)).toBe(false);
    expect(mayManagePlace(centerAdmin, { ...other, township: '姚村镇' })).toBe(false);
    expect(grantableOf(centerAdmin)).toEqual([
      { role: 'staff', county: '林州市', centerId: place.centerId },
      { role: 'agent', county: '林州市', centerId: place.centerId },
    ]);
    expect(grantableOf(county).map((g) => g.role)).toEqual(['countyAdmin', 'centerAdmin', 'staff', 'agent']);
  });
});
