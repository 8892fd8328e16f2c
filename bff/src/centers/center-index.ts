import { distanceMeters } from '@zsb/domain';
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { CatalogCenter } from '../upstream/platform/platform.types';

export interface Located {
  center: CatalogCenter;
  distanceMeters: number | null;
}

export interface Box {
  minLng: number;
  minLat: number;
  maxLng: number;
  maxLat: number;
}

/**
 * The centers of one catalog snapshot in a static k-d tree (kdbush), so "nearest first" walks the tree
 * (geokdbush, great-circle) instead of measuring every one of 50,000 points, and a map rectangle is a range query.
 */
export class CenterIndex {
  private readonly tree: KDBush;
  private readonly positions = new Map<string, number>();
  readonly areas: { county: string; townships: string[] }[];

  constructor(
    readonly snapshotId: number,
    private readonly centers: readonly CatalogCenter[],
  ) {
    this.tree = new KDBush(Math.max(centers.length, 1));
    for (const [i, c] of centers.entries()) {
      this.tree.add(c.gcj02.lng, c.gcj02.lat);
      this.positions.set(c.id, i);
    }
    if (centers.length === 0) this.tree.add(0, 0);
    this.tree.finish();
    this.areas = collectAreas(centers);
  }

  get size(): number {
    return this.centers.length;
  }

  byId(id: string): CatalogCenter | undefined {
    const i = this.positions.get(id);
    return i === undefined ? undefined : this.centers[i];
  }

  nearest(point: { lat: number; lng: number }, limit: number, accept: (c: CatalogCenter) => boolean): Located[] {
    const ids = around(this.tree, point.lng, point.lat, limit, Infinity, (i) => i < this.centers.length && accept(this.centers[i]));
    return ids.map((i) => ({ center: this.centers[i], distanceMeters: Math.round(distanceMeters(point, this.centers[i].gcj02)) }));
  }

  /** Everything inside the rectangle that passes `accept`: the first `limit` by id order, and how many in all. */
  within(box: Box, limit: number, accept: (c: CatalogCenter) => boolean): { items: CatalogCenter[]; total: number } {
    const hits = this.tree
      .range(box.minLng, box.minLat, box.maxLng, box.maxLat)
      .filter((i) => i < this.centers.length && accept(this.centers[i]))
      .sort((a, b) => a - b);
    return { items: hits.slice(0, limit).map((i) => this.centers[i]), total: hits.length };
  }

  inArea(county: string, township: string | undefined, accept: (c: CatalogCenter) => boolean): CatalogCenter[] {
    return this.centers.filter((c) => c.county === county && (township === undefined || c.township === township) && accept(c));
  }
}

function collectAreas(centers: readonly CatalogCenter[]): { county: string; townships: string[] }[] {
  const counties = new Map<string, Set<string>>();
  for (const c of centers) {
    const set = counties.get(c.county) ?? new Set<string>();
    set.add(c.township);
    counties.set(c.county, set);
  }
  return [...counties].map(([county, townships]) => ({ county, townships: [...townships] }));
}
