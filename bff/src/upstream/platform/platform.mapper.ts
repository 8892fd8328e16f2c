import type { GuideField, GuideMaterial, OnlineDepth, ServiceLevel } from '@zsb/contracts';
import type { CatalogCenter, CatalogMatter, CatalogTheme, CenterKind } from '../../model/catalog.types';
import type { CenterWire, TaskWire, ThemeWire } from './platform.wire';

const LEVELS: Record<string, ServiceLevel> = { '1': 'county', '2': 'township', '3': 'street', '4': 'village' };
const FORMS: Record<string, GuideMaterial['form']> = {
  '1': 'original',
  '2': 'copy',
  '3': 'original-and-copy',
  '4': 'electronic',
};
const CENTER_KINDS: Record<string, CenterKind> = { '1': 'center', '2': 'station', '3': 'bank-point', '4': 'kiosk' };

// The platform names the fields it filled with sample data by its own wire names; residents see our facts, so each
// is translated to the guide field it fills. A wire field no guide fact shows (popularity) is left out.
const SAMPLE_FIELDS: Record<string, GuideField> = {
  dept_name: 'department',
  task_type: 'kind',
  use_level: 'levels',
  online_depth: 'onlineDepth',
  service_type: 'promiseType',
  anticipate_day: 'legalDays',
  promise_day: 'promisedDays',
  limit_scene_num: 'maxVisits',
  is_charge: 'fee',
  charge_desc: 'fee',
  by_law: 'basis',
  accept_condition: 'conditions',
  materials: 'materials',
  cert_type_code: 'licenceTypes',
  process: 'steps',
  transact_addr: 'locations',
  link_tel: 'consultPhone',
  supervise_tel: 'complaintPhone',
};

export function sampleFieldsOf(wireNames: string[]): GuideField[] {
  const fields = new Set<GuideField>();
  for (const name of wireNames) {
    const field = SAMPLE_FIELDS[name];
    if (field) fields.add(field);
  }
  return [...fields].sort();
}

export function toCatalogMatter(w: TaskWire): CatalogMatter {
  const onlineDepth = Number(w.online_depth) as OnlineDepth;
  return {
    code: w.task_code,
    name: w.task_name.trim(),
    kind: w.task_type,
    domain: w.theme_type_code,
    domainName: w.theme_type_name,
    department: w.dept_name,
    levels: w.use_level
      .split(',')
      .map((l) => LEVELS[l.trim()])
      .filter((l): l is ServiceLevel => l !== undefined),
    onlineDepth,
    mobileReady: onlineDepth >= 3,
    promiseType: w.service_type === '1' ? 'immediate' : 'promised',
    legalDays: w.anticipate_day,
    promisedDays: w.service_type === '1' ? 0 : w.promise_day,
    maxVisits: w.limit_scene_num,
    basis: w.by_law,
    conditions: w.accept_condition,
    materials: w.materials.map((m) => ({
      name: m.material_name,
      required: m.is_need === '1',
      form: FORMS[m.material_format],
      copies: m.page_num,
      note: m.remark,
      licenceType:
        m.cert_type_code && m.cert_type_name
          ? { code: m.cert_type_code, name: m.cert_type_name, issuer: m.cert_issuer ?? '' }
          : null,
    })),
    steps: w.process.map((s) => ({ name: s.step_name, description: s.step_desc })),
    fee: { free: w.is_charge === '0', description: w.charge_desc },
    locations: w.transact_addr,
    consultPhone: w.link_tel,
    complaintPhone: w.supervise_tel,
    popularity: Math.round(w.popularity),
    sampleFields: sampleFieldsOf(w.sample_fields),
    source: { name: w.source_name, url: w.source_url },
    updatedAt: w.updated_at,
  };
}

export function toCatalogTheme(w: ThemeWire): CatalogTheme {
  return {
    id: w.theme_id,
    name: w.theme_name,
    description: w.theme_desc,
    matterCodes: w.task_codes,
    promisedDays: w.promise_day,
    maxVisits: w.limit_scene_num,
  };
}

export function toCatalogCenter(w: CenterWire): CatalogCenter {
  return {
    id: w.center_id,
    name: w.center_name,
    kind: CENTER_KINDS[w.center_kind],
    level: LEVELS[w.level] as CatalogCenter['level'],
    divisionCode: w.division_code,
    county: w.county_name,
    township: w.township_name,
    address: w.address,
    gcj02: { lat: w.gcj02_lat, lng: w.gcj02_lng },
    phone: w.tel,
    windows: w.window_count,
    // One entry per platform entry, in the platform's order; entries are not merged here (see OpeningHours).
    hours: w.work_time.map((t) => ({
      weekdays: t.weekday,
      ranges: [t.am, t.pm].filter((r): r is [string, string] => r !== null),
    })),
    matterCodes: w.task_codes,
  };
}
