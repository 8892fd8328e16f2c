import { isDenial, LOCATE_TIMEOUT_MS, LocationError, type MapTarget, type Position } from './location.types';

// H5: the browser's geolocation answers WGS-84, so the query says coord=wgs84 and the BFF converts it.
export function locate(): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      reject(new LocationError('failed'));
      return;
    }
    // The API's own timeout starts only once the resident has answered the permission prompt; a prompt left
    // open must not keep the page waiting either.
    const timer = setTimeout(() => reject(new LocationError('failed')), LOCATE_TIMEOUT_MS);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        clearTimeout(timer);
        resolve({ lat: p.coords.latitude, lng: p.coords.longitude, coord: 'wgs84' });
      },
      (e) => {
        clearTimeout(timer);
        reject(new LocationError(e.code === e.PERMISSION_DENIED || isDenial(e.message) ? 'denied' : 'failed'));
      },
      { timeout: LOCATE_TIMEOUT_MS, maximumAge: 60_000, enableHighAccuracy: false },
    );
  });
}

/** Amap's web marker page (GCJ-02, like our coordinates); on a phone it offers to open the Amap app. */
export async function openMap(target: MapTarget): Promise<void> {
  const url =
    `https://uri.amap.com/marker?position=${target.lng},${target.lat}` +
    `&name=${encodeURIComponent(target.name)}&src=zhangshangban&coordinate=gaode&callnative=1`;
  window.open(url, '_blank', 'noopener');
}
