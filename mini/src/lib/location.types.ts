/** A position from the phone. `coord` says its datum: the BFF converts WGS-84 (a browser's GPS) to GCJ-02. */
export interface Position {
  lat: number;
  lng: number;
  coord: 'gcj02' | 'wgs84';
}

/** Why there is no position: the resident said no, or the phone could not tell (GPS off, indoors, timeout). */
export class LocationError extends Error {
  constructor(readonly reason: 'denied' | 'failed') {
    super(reason);
    this.name = 'LocationError';
  }
}

export interface MapTarget {
  lat: number;
  lng: number;
  name: string;
  address: string;
}

// A hung prompt or a phone that never finds a fix must not keep the page in "locating" forever.
export const LOCATE_TIMEOUT_MS = 10_000;

export function isDenial(message: string): boolean {
  return /deny|denied|permission|auth|拒绝|授权/i.test(message);
}
