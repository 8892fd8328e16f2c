import type {
  GuideField,
  GuideFee,
  GuideMaterial,
  GuideStep,
  MatterKind,
  OnlineDepth,
  PromiseType,
  ServiceLevel,
} from '@zsb/contracts';

// The catalog's domain types: matters, themes and centers as the BFF's features use them. The provincial platform's
// adapter (upstream/platform) maps its wire format onto these; the wire format never leaves that folder. Types only,
// below every feature and upstream adapter, so both can import them without one depending on the other.

export interface CatalogVersion {
  version: string;
  updatedAt: string;
  matterTotal: number;
}

export interface MatterBrief {
  code: string;
  name: string;
  updatedAt: string;
}

export interface CatalogMatter {
  code: string;
  name: string;
  kind: MatterKind;
  domain: string;
  domainName: string;
  department: string;
  levels: ServiceLevel[];
  onlineDepth: OnlineDepth;
  mobileReady: boolean;
  promiseType: PromiseType;
  legalDays: number;
  promisedDays: number;
  maxVisits: number;
  basis: string[];
  conditions: string[];
  materials: GuideMaterial[];
  steps: GuideStep[];
  fee: GuideFee;
  locations: string[];
  consultPhone: string | null;
  complaintPhone: string | null;
  popularity: number;
  sampleFields: GuideField[];
  source: { name: string; url: string | null };
  updatedAt: string;
}

export interface CatalogTheme {
  id: string;
  name: string;
  description: string;
  matterCodes: string[];
  promisedDays: number;
  maxVisits: number;
}

export type CenterKind = 'center' | 'station' | 'bank-point' | 'kiosk';

/**
 * One entry of a center's hours. A weekday may appear in more than one entry, and then it is open in the ranges
 * of all of them (a union): 延时服务 adds `{ weekdays: [3], ranges: [["17:30","19:00"]] }` beside the weekday
 * entry, so Wednesday is open 08:30–12:00 and 14:30–19:00. A weekday in no entry is closed.
 */
export interface OpeningHours {
  /** ISO weekdays 1 (Monday) … 7 (Sunday). */
  weekdays: number[];
  /** Local "HH:mm" ranges, e.g. [["08:30","12:00"],["14:30","17:30"]]; the gap between them is the lunch break. */
  ranges: [string, string][];
}

export interface CatalogCenter {
  id: string;
  name: string;
  kind: CenterKind;
  level: Exclude<ServiceLevel, 'county'>;
  divisionCode: string;
  county: string;
  township: string;
  address: string;
  gcj02: { lat: number; lng: number };
  phone: string | null;
  /**
   * 办事窗口 staffed for residents; 0 for a self-service kiosk. A snapshot stored before the platform sent
   * window_count lacks it until the next sync replaces it (the catalog version changed with it).
   */
  windows: number;
  hours: OpeningHours[];
  matterCodes: string[];
}
