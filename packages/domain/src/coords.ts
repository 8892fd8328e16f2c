/** A point in degrees. Which datum it is in is said by the function or field using it. */
export interface LngLat {
  lng: number;
  lat: number;
}

// Krasovsky 1940 ellipsoid, which the GCJ-02 obfuscation is defined on.
const A = 6378245.0;
const EE = 0.006693421622965943;

/**
 * The rough box GCJ-02 is applied inside. Points outside keep WGS-84 coordinates in Chinese maps,
 * so converting them must be the identity.
 */
export function isInChina({ lng, lat }: LngLat): boolean {
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3;
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3;
  return r;
}

function transformLng(x: number, y: number): number {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3;
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3;
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3;
  return r;
}

function offset({ lng, lat }: LngLat): LngLat {
  const dLat0 = transformLat(lng - 105, lat - 35);
  const dLng0 = transformLng(lng - 105, lat - 35);
  const radLat = (lat / 180) * Math.PI;
  const sin = Math.sin(radLat);
  const magic = 1 - EE * sin * sin;
  const sqrtMagic = Math.sqrt(magic);
  return {
    lat: (dLat0 * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI),
    lng: (dLng0 * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI),
  };
}

/** GPS (WGS-84) → what WeChat/Alipay maps and `getLocation({ type: 'gcj02' })` use. */
export function wgs84ToGcj02(p: LngLat): LngLat {
  if (!isInChina(p)) return { lng: p.lng, lat: p.lat };
  const d = offset(p);
  return { lng: p.lng + d.lng, lat: p.lat + d.lat };
}

/**
 * GCJ-02 → WGS-84. The forward offset has no closed-form inverse, but it varies slowly, so a few
 * fixed-point steps converge to well under a centimetre.
 */
export function gcj02ToWgs84(p: LngLat): LngLat {
  if (!isInChina(p)) return { lng: p.lng, lat: p.lat };
  let w: LngLat = { lng: p.lng, lat: p.lat };
  for (let i = 0; i < 10; i += 1) {
    const g = wgs84ToGcj02(w);
    const dLng = g.lng - p.lng;
    const dLat = g.lat - p.lat;
    w = { lng: w.lng - dLng, lat: w.lat - dLat };
    if (Math.abs(dLng) < 1e-10 && Math.abs(dLat) < 1e-10) break;
  }
  return w;
}
