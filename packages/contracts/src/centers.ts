// 政务服务“一张图”: township and street centers, village stations, bank points (政银通办) and self-service kiosks.
// Coordinates on the wire are GCJ-02 (what getLocation({ type: 'gcj02' }) and the mini-program map use).

export type CenterKind = 'center' | 'station' | 'bank-point' | 'kiosk';
export type CenterLevel = 'township' | 'street' | 'village';

/** A point in the GCJ-02 datum, in degrees. */
export interface Gcj02Point {
  lat: number;
  lng: number;
}

export interface OpeningHours {
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  weekdays: number[];
  /** Local "HH:mm" ranges; the gap between two ranges is the lunch break. */
  ranges: [string, string][];
}

/** The first free booking slot for the matter asked about. */
export interface NextSlot {
  /** ISO 8601 with +08:00 */
  start: string;
  end: string;
  left: number;
}

export interface CenterSummary {
  id: string;
  name: string;
  kind: CenterKind;
  level: CenterLevel;
  county: string;
  township: string;
  address: string;
  gcj02: Gcj02Point;
  phone: string | null;
  /** Open at the moment of the answer (Asia/Shanghai), holidays included. */
  openNow: boolean;
  /** Today's hours as the resident reads them, "08:30-12:00, 14:30-17:30"; null when closed today. */
  todayHours: string | null;
  /** Metres from the point asked about; null when no point was given. */
  distanceMeters: number | null;
  /** Kiosks are self-service: no window, nothing to book. */
  bookable: boolean;
  /** Only when matterCode was given and the center handles it: the first free slot in the booking horizon. */
  nextSlot: NextSlot | null;
}

export interface CenterDetail extends CenterSummary {
  hours: OpeningHours[];
  /** Service windows (办事窗口); slot capacity grows with them. */
  windows: number;
  matterCount: number;
  /** Days in the booking horizon the center is closed for a public holiday, with the holiday's name. */
  closedDays: { date: string; reason: string }[];
}

export interface CenterList {
  items: CenterSummary[];
  /** How many matched in all (a bbox answer may be cut at `limit`, then `truncated` is true). */
  total: number;
  truncated: boolean;
}

/** GET /api/v1/centers query. Either a point (lat+lng), a bbox, or a county/township to browse. */
export interface CenterQuery {
  lat?: number;
  lng?: number;
  /** Datum of lat/lng; wgs84 (a phone's GPS) is converted to GCJ-02. Default gcj02. */
  coord?: 'gcj02' | 'wgs84';
  /** "minLng,minLat,maxLng,maxLat" in GCJ-02: the visible map rectangle. */
  bbox?: string;
  county?: string;
  township?: string;
  matterCode?: string;
  kind?: CenterKind;
  openNow?: boolean;
  limit?: number;
}

/** GET /api/v1/center-areas: counties and their townships, for choosing a place when location is refused. */
export interface CenterAreas {
  items: { county: string; townships: string[] }[];
}
