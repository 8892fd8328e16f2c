import { Text } from '@tarojs/components';
import type { ApplicationSummary } from '@zsb/contracts';
import { statusChip } from '../lib/progressText';

export function StatusChip({
  app,
  className,
}: {
  app: Pick<ApplicationSummary, 'status' | 'statusLabel' | 'actionNeeded' | 'number'>;
  className?: string;
}) {
  const chip = statusChip(app);
  return <Text className={`pg-status pg-status--${chip.tone} ${className ?? ''}`}>{chip.text}</Text>;
}
