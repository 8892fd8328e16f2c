import { View } from '@tarojs/components';
import './LockIcon.css';

/** Beside a value the resident cannot change (it comes from 实名认证 or the provincial identity service). */
export function LockIcon() {
  return <View className="icon-lock" />;
}
