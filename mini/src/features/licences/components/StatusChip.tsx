import { Text } from '@tarojs/components';
import type { LicenceStatus } from '@zsb/contracts';
import { statusChip } from '../lib/licenceText';

/** 有效 / 已过期 / 已注销 */
export function StatusChip({ status }: { status: LicenceStatus }) {
  const chip = statusChip(status);
  return <Text className={`lic-status lic-status--${chip.tone} e2e-licence-status`}>{chip.text}</Text>;
}
