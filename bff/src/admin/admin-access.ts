import type { AdminRole, AdminScope } from '@zsb/contracts';

// Who may see and change what in the operators' console. Pure: the roles a person holds come in, answers go out.
// A county admin (县级管理员) sees and manages the whole county; a center admin (中心管理员) sees their center's
// township and manages the window staff and agents of their own center; window staff and agents have no console.

/** Every role one person holds, with the place each is for. */
export interface HeldRoles {
  counties: string[];
  centers: { centerId: string; centerName: string; county: string; township: string; role: 'clerk' | 'admin' }[];
  agents: { centerId: string; centerName: string; county: string; township: string }[];
}

/** A place as the console's rules need it. */
export interface PlaceRef {
  centerId: string;
  county: string;
  township: string;
}

/** The area one dashboard asks for: a county, or one township of it. */
export interface AreaRef {
  county: string;
  township: string | null;
}

export function isAdmin(held: HeldRoles): boolean {
  return held.counties.length > 0 || held.centers.some((c) => c.role === 'admin');
}

export function scopesOf(held: HeldRoles): AdminScope[] {
  return [
    ...held.counties.map((county) => ({
      role: 'countyAdmin' as const,
      county,
      centerId: null,
      centerName: null,
      township: null,
    })),
    ...held.centers.map((c) => ({
      role: c.role === 'admin' ? ('centerAdmin' as const) : ('staff' as const),
      county: c.county,
      centerId: c.centerId,
      centerName: c.centerName,
      township: c.township,
    })),
    ...held.agents.map((a) => ({
      role: 'agent' as const,
      county: a.county,
      centerId: a.centerId,
      centerName: a.centerName,
      township: a.township,
    })),
  ];
}

const adminCenters = (held: HeldRoles) => held.centers.filter((c) => c.role === 'admin');

/** The counties whose console the person may open (a center admin: their center's county, at their township). */
export function countiesOf(held: HeldRoles): string[] {
  return [...new Set([...held.counties, ...adminCenters(held).map((c) => c.county)])];
}

/** May the person read the figures of this county or township? A center admin: only their own township. */
export function maySee(held: HeldRoles, area: AreaRef): boolean {
  if (held.counties.includes(area.county)) return true;
  return (
    area.township !== null && adminCenters(held).some((c) => c.county === area.county && c.township === area.township)
  );
}

/** May the person see this place's people and queues? */
export function mayManagePlace(held: HeldRoles, place: PlaceRef): boolean {
  return held.counties.includes(place.county) || adminCenters(held).some((c) => c.centerId === place.centerId);
}

/**
 * May the person grant or revoke this role here? A county admin: any role in their county (another county admin
 * of it included). A center admin: window staff and agents of their own center; a clerk cannot become the
 * center's admin through another admin of the same center (that is the county's decision).
 */
export function mayGrant(
  held: HeldRoles,
  role: AdminRole,
  where: { county: string; centerId: string | null },
): boolean {
  if (role === 'countyAdmin') return where.centerId === null && held.counties.includes(where.county);
  if (where.centerId === null) return false;
  if (held.counties.includes(where.county)) return true;
  return (role === 'staff' || role === 'agent') && adminCenters(held).some((c) => c.centerId === where.centerId);
}

/** The roles the person may grant, and where: what the console's grant form offers. */
export function grantableOf(held: HeldRoles): { role: AdminRole; county: string; centerId: string | null }[] {
  const out: { role: AdminRole; county: string; centerId: string | null }[] = [];
  for (const county of held.counties)
    for (const role of ['countyAdmin', 'centerAdmin', 'staff', 'agent'] as const)
      out.push({ role, county, centerId: null });
  for (const c of adminCenters(held)) {
    if (held.counties.includes(c.county)) continue;
    for (const role of ['staff', 'agent'] as const) out.push({ role, county: c.county, centerId: c.centerId });
  }
  return out;
}

export const ROLE_NAMES: Record<AdminRole, string> = {
  countyAdmin: '县级管理员',
  centerAdmin: '中心管理员',
  staff: '窗口人员',
  agent: '帮办代办员',
};
