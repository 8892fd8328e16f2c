import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors';
import type { CatalogCenter } from '../model/catalog.types';
import { CatalogService } from './catalog.service';
import { CenterIndex } from './center-index';

/**
 * The catalog's centers (every center, station, bank point and kiosk of the current snapshot), indexed once per
 * snapshot for nearest-first and map-rectangle queries: the service map lists them, bookings look them up.
 */
@Injectable()
export class CenterDirectory {
  private index: CenterIndex | null = null;

  constructor(private readonly catalog: CatalogService) {}

  current(): CenterIndex {
    const snapshot = this.catalog.snapshot();
    if (this.index?.snapshotId !== snapshot.id) this.index = new CenterIndex(snapshot.id, snapshot.centers);
    return this.index;
  }

  /** The center, or 404 CENTER_NOT_FOUND. */
  get(id: string): CatalogCenter {
    const center = this.current().byId(id);
    if (!center) throw new AppError('CENTER_NOT_FOUND');
    return center;
  }

  handles(center: CatalogCenter, matterCode: string): boolean {
    return this.catalog.snapshot().centerHandles(center.id, matterCode);
  }

  /**
   * Who answers for a county (a 差评 of an online application, a 办不成事 case or a question without a place): the
   * center in that county (division code prefix, e.g. 410581 林州市; 4105 for anywhere in Anyang) that handles the
   * matter, else any center of the county, else any center that handles the matter. The map has no county-level
   * 办不成事 window yet; when it has (the operator console), that window takes these.
   */
  countyCenterFor(countyCode: string, matterCode: string | null): CatalogCenter | undefined {
    const centers = this.catalog.snapshot().centers;
    const isCenter = (c: CatalogCenter) => c.kind === 'center';
    const handles = (c: CatalogCenter) => isCenter(c) && matterCode !== null && this.handles(c, matterCode);
    const inCounty = (c: CatalogCenter) => c.divisionCode.startsWith(countyCode);
    return (
      centers.find((c) => inCounty(c) && handles(c)) ??
      centers.find((c) => inCounty(c) && isCenter(c)) ??
      centers.find(handles) ??
      centers.find(isCenter)
    );
  }
}
