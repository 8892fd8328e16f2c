import type { LicenceField } from '@zsb/contracts';
import { maskLicenceNumber, maskName, maskPiiInText } from '@zsb/domain';

/** 河南省安阳市文峰区紫薇大道 12 号 → 河南省安阳市****: the region stays, the door does not. */
function maskAddress(value: string): string {
  const chars = Array.from(value);
  return chars.length <= 6 ? '*'.repeat(chars.length) : `${chars.slice(0, 6).join('')}****`;
}

/**
 * A licence's printed fields as the detail page shows them before the resident taps "显示完整信息": the holder's
 * name, numbers and addresses masked; dates, issuers and categories in full (they identify nobody).
 */
export function maskedFields(
  surface: { label: string; value: string }[],
  holderName: string,
  reveal: boolean,
): LicenceField[] {
  return surface.map(({ label, value }) => {
    if (reveal) return { label, value, masked: false };
    const masked =
      value === holderName || /姓名|持证人|户主|配偶/.test(label)
        ? maskName(value)
        : /住址|地址|住所/.test(label)
          ? maskAddress(value)
          : /号码|证号|字号|编号|档案号|户号/.test(label)
            ? maskLicenceNumber(value)
            : maskPiiInText(value);
    return { label, value: masked, masked: masked !== value };
  });
}
