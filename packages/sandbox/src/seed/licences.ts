import type { RawLicenceType } from './data';
import { rngFor } from './prng';

export interface LicenceRef {
  code: string;
  name: string;
  issuer: string;
  /** The type code was generated, not found in a public source. */
  sampleCode: boolean;
}

// Which licence type can stand in for a paper material, by the material's wording. Order matters: the more
// specific wording first (临时身份证明 is not a 居民身份证).
const BY_MATERIAL: [RegExp, string | ((task: string) => string)][] = [
  [/临时身份证明/, '临时身份证明'],
  [/身份证/, '居民身份证'],
  [/户口迁移证/, '户口迁移证'],
  [/户口簿|户口本/, '居民户口簿'],
  [/居住证/, '居住证'],
  [/出生医学证明/, '出生医学证明'],
  [/结婚证/, '结婚证'],
  [/离婚证/, '离婚证'],
  [/残疾军人证|伤残人员证/, '残疾军人证（伤残人员证件）'],
  [/残疾人证|残疾证/, '残疾人证（第二代）'],
  [/社会保障卡|社保卡/, '社会保障卡（含电子社会保障卡）'],
  [/就业创业证/, '就业创业证'],
  [/最低生活保障证|低保证/, '最低生活保障证'],
  [/特困人员救助供养证/, '特困人员救助供养证'],
  [
    /营业执照/,
    (task) =>
      /合作社/.test(task)
        ? '营业执照（农民专业合作社）'
        : /个人独资/.test(task)
          ? '营业执照（个人独资企业）'
          : '营业执照（个体工商户）',
  ],
  [/食品经营许可证/, '食品经营许可证'],
  [/烟草专卖零售许可证/, '烟草专卖零售许可证'],
  [/不动产权证|房产证|房屋所有权证/, '不动产权证书'],
  [/教师资格证/, '教师资格证书'],
  [/养蜂证/, '养蜂证'],
  [/医保电子凭证/, '医保电子凭证'],
  [/预防接种证/, '预防接种证'],
  [/老年人优待证/, '老年人优待证'],
  [/护照/, '普通护照'],
  [/公证书/, '公证书'],
];

// Shaped like the national scheme (18-character code of the defining body + 3-digit serial) but derived from
// the type name, so it is stable; CONTRACT.md says these are sample codes.
export function sampleTypeCode(name: string): string {
  const r = rngFor('licence-type', name);
  const digits = Array.from({ length: 6 }, () => r.int(0, 9)).join('');
  return `114105000000${digits}X${String(r.int(1, 99)).padStart(3, '0')}`;
}

export class LicenceIndex {
  private readonly byName = new Map<string, LicenceRef>();

  constructor(types: readonly RawLicenceType[]) {
    for (const t of types) {
      this.byName.set(t.name, {
        code: t.typeCode ?? sampleTypeCode(t.name),
        name: t.name,
        issuer: t.issuingAuthority,
        sampleCode: t.typeCode === null,
      });
    }
  }

  /** The licence that can replace this material, if any. */
  forMaterial(materialName: string, taskName: string): LicenceRef | null {
    // forms and statements about a licence are not the licence
    if (/申请表|审批表|评定表|申请书|声明/.test(materialName)) return null;
    const hit = BY_MATERIAL.find(([re]) => re.test(materialName));
    if (!hit) return null;
    const typeName = typeof hit[1] === 'string' ? hit[1] : hit[1](taskName);
    return this.byName.get(typeName) ?? null;
  }
}
