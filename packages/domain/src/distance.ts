import type { LngLat } from './coords';

// IUGG mean Earth radius; haversine on a sphere is within 0.5% of the ellipsoid, plenty for "nearest center".
const EARTH_RADIUS_M = 6_371_008.8;

/** Great-circle distance in metres between two points in the same datum. */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const toRad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRad;
  const dLng = (b.lng - a.lng) * toRad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRad) * Math.cos(b.lat * toRad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}
