import type { Resident, SurfaceField } from '../wire';
import { loadLicenceTypes } from './data';
import { KINDS, type Holder, type LicenceKind } from './licence-kinds';
import { ISSUED_AS_OF } from './licence-terms';
import { sampleTypeCode } from './licences';
import { ageOn } from './people';
import { rngFor } from './prng';
import { buildResidents, countyOf } from './residents';

/** One licence as the library issued it; the server adds its id, status and seal. */
export interface IssuedLicence {
  holder: Resident;
  type_code: string;
  type_name: string;
  licence_number: string;
  issuer: string;
  issued_on: string;
  valid_until: string | null;
  surface: SurfaceField[];
}

const MIN_OTHERS = 2;
const MAX_OTHERS = 6;

// The README residents hold a fixed, demo-friendly set besides their ID card.
const FIXED: Record<string, string[]> = {
  '410502198001010036': ['居民户口簿', '结婚证', '机动车驾驶证', '社会保障卡（含电子社会保障卡）', '医保电子凭证'],
  '410526195003150021': [
    '居民户口簿',
    '结婚证',
    '社会保障卡（含电子社会保障卡）',
    '老年人优待证',
    '残疾人证（第二代）',
  ],
  '410522199808080027': ['居民户口簿', '社会保障卡（含电子社会保障卡）', '医保电子凭证', '教师资格证书'],
};

// Types that anyone can hold, used to top a resident up to MIN_OTHERS.
const FALLBACK = ['居民户口簿', '社会保障卡（含电子社会保障卡）', '医保电子凭证'];

let cached: readonly IssuedLicence[] | undefined;

/**
 * Every resident holds a 居民身份证 and 2–6 other personal licences, chosen per resident and type from the seeded
 * PRNG (so adding a type never changes another resident's licences). Only types of data/licence-types.json
 * with holderType 个人 are issued.
 */
export function buildIssuedLicences(): readonly IssuedLicence[] {
  if (cached) return cached;
  const types = new Map(
    loadLicenceTypes()
      .filter((t) => t.holderType === '个人')
      .map((t) => [t.name, t]),
  );
  const idCard = KINDS.find((k) => k.name === '居民身份证');
  if (!idCard || !types.has(idCard.name)) throw new Error('licence-types.json has no personal 居民身份证');
  const others = KINDS.filter((k) => k !== idCard && types.has(k.name));
  const rank = (name: string): number => others.findIndex((k) => k.name === name);
  const issued: IssuedLicence[] = [];
  for (const resident of buildResidents()) {
    const holder: Holder = {
      resident,
      county: countyOf(resident.county),
      age: ageOn(resident.birth_date, ISSUED_AS_OF),
    };
    const issue = (kind: LicenceKind): IssuedLicence | null => {
      const got = kind.issue(holder, rngFor('licence', resident.id_number, kind.name));
      const type = types.get(kind.name);
      if (!got || !type) return null;
      return { holder: resident, type_code: type.typeCode ?? sampleTypeCode(type.name), type_name: type.name, ...got };
    };
    const fixed = FIXED[resident.id_number];
    const picked = fixed
      ? others.filter((k) => fixed.includes(k.name))
      : others.filter((k) => rngFor('licence-held', resident.id_number, k.name).chance(k.chance(holder)));
    const held = picked
      .map(issue)
      .filter((l): l is IssuedLicence => l !== null)
      .slice(0, MAX_OTHERS);
    for (const name of FALLBACK) {
      if (held.length >= MIN_OTHERS) break;
      const kind = others.find((k) => k.name === name);
      if (kind && !held.some((l) => l.type_name === name)) {
        const l = issue(kind);
        if (l) held.push(l);
      }
    }
    const card = issue(idCard);
    if (card) issued.push(card);
    issued.push(...held.sort((a, b) => rank(a.type_name) - rank(b.type_name)));
  }
  cached = Object.freeze(issued);
  return cached;
}
