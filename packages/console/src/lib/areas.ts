// What the area pickers offer, from AdminAreas and the roles the caller may grant (AdminMe.grantable).
import type { AdminAreas, AdminMe, AdminRole } from '@zsb/contracts';

export interface PlaceOption {
  id: string;
  name: string;
  township: string;
  county: string;
}

/** Centers and village stations (where people work), kiosks and bank points left out. */
export function placesOf(areas: AdminAreas, county?: string): PlaceOption[] {
  return areas.counties
    .filter((c) => !county || c.name === county)
    .flatMap((c) =>
      c.townships.flatMap((t) =>
        t.places
          .filter((p) => p.kind === 'center' || p.kind === 'station')
          .map((p) => ({ id: p.id, name: p.name, township: t.name, county: c.name })),
      ),
    );
}

const ROLE_ORDER: AdminRole[] = ['countyAdmin', 'centerAdmin', 'staff', 'agent'];

export function grantableRoles(me: Pick<AdminMe, 'grantable'>): AdminRole[] {
  const roles = new Set(me.grantable.map((g) => g.role));
  return ROLE_ORDER.filter((r) => roles.has(r));
}

/** Counties a county-admin grant may name. */
export function grantableCounties(me: Pick<AdminMe, 'grantable'>, role: AdminRole): string[] {
  return [...new Set(me.grantable.filter((g) => g.role === role).map((g) => g.county))];
}

/** Places a center grant of `role` may name: a county-wide entry opens every place of that county. */
export function grantablePlaces(me: Pick<AdminMe, 'grantable'>, areas: AdminAreas, role: AdminRole): PlaceOption[] {
  const all = placesOf(areas);
  const entries = me.grantable.filter((g) => g.role === role);
  return all.filter((p) => entries.some((g) => g.county === p.county && (g.centerId === null || g.centerId === p.id)));
}
