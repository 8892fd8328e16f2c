import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The seed files stay in packages/sandbox/data (outside rootDir) so they are not copied into dist; the same
// relative path works from src/seed (jest) and dist/seed (node).
const DATA_DIR = join(__dirname, '..', '..', 'data');

export interface RawStep {
  step: string;
  days?: number;
  standard?: string;
}

export interface RawMatter {
  id: string;
  name: string;
  domain: string;
  department: string | null;
  levels: string[] | null;
  kind: string | null;
  promiseType: '即办件' | '承诺件' | null;
  legalDays: number | null;
  promisedDays: number | null;
  fee: string | null;
  onlineDepth: string | null;
  maxVisits: number | null;
  materials: string[] | null;
  source: string;
  sourceUrl: string | null;
  isGuide: boolean;
}

/** Extra fields only the full 办事指南 records (guides.json) carry. */
export interface RawGuide extends RawMatter {
  legalBasis?: string;
  conditions?: string[];
  process?: string;
  steps?: RawStep[];
  phone?: string;
  hours?: string;
  address?: string;
  handleForm?: string;
}

export interface RawLicenceType {
  name: string;
  /** 个人, 法人 or 个人/法人. */
  holderType: string;
  issuingAuthority: string;
  typeCode: string | null;
  relatedMatters: string[];
}

export interface RawTownship {
  code: string;
  name: string;
  type: string;
}

export interface RawCounty {
  code: string;
  name: string;
  kind: string;
  seatCoordinate: { lat: number; lng: number } | null;
  townships: RawTownship[];
}

export interface RawDivisions {
  city: { code: string; name: string; coordinate: { lat: number; lng: number } };
  counties: RawCounty[];
}

function load<T>(file: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as T;
}

export interface RawData {
  matters: RawMatter[];
  guides: Map<string, RawGuide>;
  licenceTypes: RawLicenceType[];
  divisions: RawDivisions;
}

export const loadDivisions = (): RawDivisions => load<RawDivisions>('anyang-divisions.json');
export const loadLicenceTypes = (): RawLicenceType[] => load<RawLicenceType[]>('licence-types.json');

export function loadRawData(): RawData {
  const guides = load<RawGuide[]>('guides.json');
  return {
    matters: load<RawMatter[]>('matters.json'),
    guides: new Map(guides.map((g) => [g.id, g])),
    licenceTypes: loadLicenceTypes(),
    divisions: loadDivisions(),
  };
}
