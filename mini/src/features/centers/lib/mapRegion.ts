/** A map rectangle as the mini-program map context reports it (GCJ-02, like the map itself). */
export interface MapRegion {
  southwest: { latitude: number; longitude: number };
  northeast: { latitude: number; longitude: number };
}

const round = (v: number) => Number(v.toFixed(5));

/** The `bbox` query value: "minLng,minLat,maxLng,maxLat". Rounded to ~1 m so equal views make equal queries. */
export function bboxOf(region: MapRegion): string {
  const { southwest: sw, northeast: ne } = region;
  const minLng = Math.min(sw.longitude, ne.longitude);
  const maxLng = Math.max(sw.longitude, ne.longitude);
  const minLat = Math.min(sw.latitude, ne.latitude);
  const maxLat = Math.max(sw.latitude, ne.latitude);
  return [minLng, minLat, maxLng, maxLat].map(round).join(',');
}
