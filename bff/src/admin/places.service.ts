import { Injectable } from '@nestjs/common';
import type { AdminPlace, AdminPlaceList } from '@zsb/contracts';
import type { AreaRef } from './admin-access';
import { AdminRolesService } from './admin-roles.service';
import { AdminRepository } from './admin.repository';
import { ClosuresAdminService } from './closures-admin.service';
import { floorOf, placeFact } from './dashboard-rules';
import { hoursText, isLate, lunchBreak } from './place-views';

/** 中心 page: the places of an area with their hours, windows, matters, kinds of service, people and closures. */
@Injectable()
export class PlacesService {
  constructor(
    private readonly roles: AdminRolesService,
    private readonly repo: AdminRepository,
    private readonly closures: ClosuresAdminService,
  ) {}

  async list(area: AreaRef): Promise<AdminPlaceList> {
    const places = this.roles.placesOf(area);
    const ids = places.map((p) => p.id);
    const [counts, closures] = await Promise.all([this.repo.roleCounts(ids), this.closures.upcomingByPlace(ids)]);
    const kioskTownships = new Set(places.filter((p) => p.kind === 'kiosk').map((p) => p.township));
    return {
      items: places.map((p): AdminPlace => {
        const people = counts.get(p.id) ?? { staff: 0, agents: 0 };
        const services: AdminPlace['services'] = [];
        if (people.agents > 0) services.push('agent');
        if ((p.kind === 'center' || p.kind === 'station') && p.windows > 0) services.push('home-visit');
        if (kioskTownships.has(p.township)) services.push('kiosk');
        return {
          id: p.id,
          name: p.name,
          kind: p.kind,
          level: p.level,
          township: p.township,
          address: p.address,
          phone: p.phone,
          windows: p.windows,
          matterCount: p.matterCodes.length,
          matterFloor: floorOf(placeFact(p)),
          hours: hoursText(p.hours),
          lateHours: isLate(p.hours),
          lunchBreak: lunchBreak(p.hours),
          services,
          staff: people.staff,
          agents: people.agents,
          closures: closures.get(p.id) ?? [],
        };
      }),
    };
  }
}
