import type { LicenceField } from '@zsb/contracts';
import { maskLicenceNumber, maskName, maskPiiInText } from '@zsb/domain';

/**
 * What a printed field is, which decides how it shows before "显示完整信息": a person's name, an identifier
 * (a number or code that points at one person, card or file), an address, or a plain fact that identifies nobody
 * (sex, nationality, relationships, categories, dates, issuers, regions).
 */
export type FieldKind = 'name' | 'identifier' | 'address' | 'plain';

// One table, by the label the library prints. A label missing here is masked as free text (any ID-number or
// phone-shaped run); test/security/licence-masking.spec.ts fails for every label of the sandbox's licence types
// that is missing, so a new type needs a decision here rather than a guess.
const FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
  姓名: 'name',
  持证人: 'name',
  户主姓名: 'name',
  配偶姓名: 'name',
  经营者: 'name',

  公民身份号码: 'identifier',
  身份证件号码: 'identifier',
  身份证件号: 'identifier',
  配偶身份证件号: 'identifier',
  证件号码: 'identifier',
  社会保障号码: 'identifier',
  医保编码: 'identifier',
  卡号: 'identifier',
  证号: 'identifier',
  证照编号: 'identifier',
  证书号码: 'identifier',
  结婚证字号: 'identifier',
  残疾人证号: 'identifier',
  护照号: 'identifier',
  档案编号: 'identifier',
  户号: 'identifier',
  统一社会信用代码: 'identifier',

  住址: 'address',
  经营场所: 'address',

  性别: 'plain',
  配偶性别: 'plain',
  国籍: 'plain',
  配偶国籍: 'plain',
  民族: 'plain',
  户别: 'plain',
  户主或与户主关系: 'plain',
  出生: 'plain',
  出生日期: 'plain',
  配偶出生日期: 'plain',
  出生地点: 'plain',
  签发机关: 'plain',
  发证机关: 'plain',
  颁发机关: 'plain',
  登记机关: 'plain',
  签发地点: 'plain',
  发卡地: 'plain',
  参保地: 'plain',
  有效期限: 'plain',
  有效期至: 'plain',
  发证日期: 'plain',
  颁发日期: 'plain',
  签发日期: 'plain',
  发卡日期: 'plain',
  登记日期: 'plain',
  注册日期: 'plain',
  激活日期: 'plain',
  初次领证日期: 'plain',
  名称: 'plain', // a business's registered name, public in the national credit register
  类型: 'plain',
  组成形式: 'plain',
  资格种类: 'plain',
  任教学科: 'plain',
  准驾车型: 'plain',
  残疾等级: 'plain',
  残疾类别: 'plain',
};

/** The kind of a printed field by its label, or undefined for a label the table does not know. */
export const fieldKindOf = (label: string): FieldKind | undefined => FIELD_KINDS[label.trim()];

/** 河南省安阳市文峰区紫薇大道 12 号 → 河南省安阳市****: the region stays, the door does not. */
function maskAddress(value: string): string {
  const chars = Array.from(value);
  return chars.length <= 6 ? '*'.repeat(chars.length) : `${chars.slice(0, 6).join('')}****`;
}

const MASK: Record<FieldKind, (value: string) => string> = {
  name: maskName,
  identifier: maskLicenceNumber,
  address: maskAddress,
  plain: (value) => value,
};

/**
 * A licence's printed fields as the detail page shows them before the resident taps "显示完整信息": names,
 * identifiers and addresses masked; plain facts in full. The holder's name is masked wherever it is printed.
 */
export function maskedFields(
  surface: { label: string; value: string }[],
  holderName: string,
  reveal: boolean,
): LicenceField[] {
  return surface.map(({ label, value }) => {
    if (reveal) return { label, value, masked: false };
    const kind = value === holderName ? 'name' : fieldKindOf(label);
    const masked = kind ? MASK[kind](value) : maskPiiInText(value);
    return { label, value: masked, masked: masked !== value };
  });
}
