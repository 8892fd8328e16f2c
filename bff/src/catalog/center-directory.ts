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
}
