import { Injectable } from '@nestjs/common';
import type { AdminAreas } from '@zsb/contracts';
import { StaffRepository } from '../auth/staff.repository';
import { CenterDirectory } from '../catalog/center-directory';
import { AppError } from '../common/errors';
import type { CatalogCenter } from '../model/catalog.types';
import { isAdmin, mayManagePlace, maySee, type AreaRef, type HeldRoles } from './admin-access';
import { AdminRepository } from './admin.repository';

/**
 * The roles a signed-in person holds, read on every console request (no cache: a revoked admin is out on their
 * next click, on every instance), and the places of an area.
 */
@Injectable()
export class AdminRolesService {
  constructor(
    private readonly repo: AdminRepository,
    private readonly staff: StaffRepository,
    private readonly directory: CenterDirectory,
  ) {}

  async held(residentId: string): Promise<HeldRoles> {
    const [counties, scopes, agentCenters] = await Promise.all([
      this.repo.countiesOf(residentId),
      this.staff.scopesOf(residentId),
      this.repo.agentCentersOf(residentId),
    ]);
    const index = this.directory.current();
    const place = (id: string) => {
      const c = index.byId(id);
      return c && { centerId: c.id, centerName: c.name, county: c.county, township: c.township };
    };
    return {
      counties,
      centers: scopes.flatMap((s) => {
        const p = place(s.centerId);
        return p ? [{ ...p, role: s.role }] : [];
      }),
      agents: agentCenters.flatMap((id) => {
        const p = place(id);
        return p ? [p] : [];
      }),
    };
  }

  /** The person's roles, or 403 ADMIN_ONLY when they administer nothing. */
  async admin(residentId: string): Promise<HeldRoles> {
    const held = await this.held(residentId);
    if (!isAdmin(held)) throw new AppError('ADMIN_ONLY');
    return held;
  }

  /** The area asked for, if the person may see it; otherwise the same 404 as an area that does not exist. */
  area(held: HeldRoles, county: string, township: string | null): AreaRef {
    const area = { county, township };
    if (!maySee(held, area) || this.placesOf(area).length === 0) throw new AppError('ADMIN_NOT_FOUND');
    return area;
  }

  placesOf(area: AreaRef): CatalogCenter[] {
    const index = this.directory.current();
    return index.inArea(area.county, area.township ?? undefined, () => true);
  }

  /** A place of the catalog, or 404. */
  place(id: string): CatalogCenter {
    const c = this.directory.current().byId(id);
    if (!c) throw new AppError('ADMIN_NOT_FOUND');
    return c;
  }

  placeOrNull(id: string): CatalogCenter | null {
    return this.directory.current().byId(id) ?? null;
  }

  countyExists(county: string): boolean {
    return this.directory.current().areas.some((a) => a.county === county);
  }

  /**
   * The places a list of the console covers: one place (if the person manages it), a county's (all of it for its
   * county admin, their own centers for a center admin), or everything the person manages. Outside that: 404.
   */
  managedPlaces(held: HeldRoles, county: string | undefined, centerId: string | undefined): string[] {
    if (centerId !== undefined) {
      const c = this.place(centerId);
      if (!mayManagePlace(held, { centerId, county: c.county, township: c.township }))
        throw new AppError('ADMIN_NOT_FOUND');
      return [centerId];
    }
    if (county !== undefined && !held.counties.includes(county)) {
      const own = held.centers.filter((c) => c.role === 'admin' && c.county === county).map((c) => c.centerId);
      if (own.length === 0) throw new AppError('ADMIN_NOT_FOUND');
      return own;
    }
    const counties = county !== undefined ? [county] : held.counties;
    return [
      ...new Set([
        ...counties.flatMap((c) => this.placesOf({ county: c, township: null }).map((p) => p.id)),
        ...(county === undefined ? held.centers.filter((c) => c.role === 'admin').map((c) => c.centerId) : []),
      ]),
    ];
  }

  /** The counties and townships the person may look at, with their places. */
  areas(held: HeldRoles): AdminAreas {
    const counties = this.directory.current().areas;
    return {
      counties: counties
        .map((a) => ({
          name: a.county,
          townships: a.townships
            .filter((t) => maySee(held, { county: a.county, township: t }))
            .map((t) => ({
              name: t,
              places: this.placesOf({ county: a.county, township: t }).map((c) => ({
                id: c.id,
                name: c.name,
                kind: c.kind,
                level: c.level,
              })),
            })),
        }))
        .filter((c) => c.townships.length > 0),
    };
  }
}
