import { distanceMeters } from '@zsb/domain';
import { around } from 'geokdbush';
import KDBush from 'kdbush';
import type { CatalogCenter } from '../model/catalog.types';
import { Lru } from './search/lru';

// Trees of the places that handle one matter, kept for the most asked matters (about 1 MB per 50,000 points).
const MATTER_TREES = 64;

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
  private readonly byMatter = new Lru<string, CenterIndex>(MATTER_TREES);
  readonly areas: { county: string; townships: string[] }[];

  constructor(
    readonly snapshotId: number,
    private readonly centers: readonly CatalogCenter[],
    options: { areas: boolean } = { areas: true },
  ) {
    this.tree = new KDBush(Math.max(centers.length, 1));
    for (const [i, c] of centers.entries()) {
      this.tree.add(c.gcj02.lng, c.gcj02.lat);
      this.positions.set(c.id, i);
    }
    if (centers.length === 0) this.tree.add(0, 0);
    this.tree.finish();
    this.areas = options.areas ? collectAreas(centers) : [];
  }

  get size(): number {
    return this.centers.length;
  }

  /**
   * The same index over only the places that handle a matter, built on first use: nearest-first for a matter few
   * places handle would otherwise walk most of the province's tree testing each point.
   */
  forMatter(code: string): CenterIndex {
    let sub = this.byMatter.get(code);
    if (!sub) {
      // Most places share one matter list with their tier (see CatalogSnapshot), so each list is searched once.
      const handles = new Map<readonly string[], boolean>();
      const has = (list: readonly string[]): boolean => {
        let yes = handles.get(list);
        if (yes === undefined) handles.set(list, (yes = list.includes(code)));
        return yes;
      };
      sub = new CenterIndex(
        this.snapshotId,
        this.centers.filter((c) => has(c.matterCodes)),
        { areas: false },
      );
      this.byMatter.set(code, sub);
    }
    return sub;
  }

  byId(id: string): CatalogCenter | undefined {
    const i = this.positions.get(id);
    return i === undefined ? undefined : this.centers[i];
  }

  nearest(point: { lat: number; lng: number }, limit: number, accept: (c: CatalogCenter) => boolean): Located[] {
    const ids = around(
      this.tree,
      point.lng,
      point.lat,
      limit,
      Infinity,
      (i) => i < this.centers.length && accept(this.centers[i]),
    );
    return ids.map((i) => ({
      center: this.centers[i],
      distanceMeters: Math.round(distanceMeters(point, this.centers[i].gcj02)),
    }));
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
    return this.centers.filter(
      (c) => c.county === county && (township === undefined || c.township === township) && accept(c),
    );
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
