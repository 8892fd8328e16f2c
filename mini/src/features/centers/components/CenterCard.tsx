import { Text, View } from '@tarojs/components';
import type { CenterSummary } from '@zsb/contracts';
import { go } from '@/navigate';
import { formatDistance } from '@/lib/distance';
import { kindText, nextSlotText } from '../lib/centerText';

interface Props {
  center: CenterSummary;
  /** The booking flow's matter: the card shows its next free slot and a 预约 button. */
  matter: { code: string; name?: string } | null;
  nowMs: number;
}

/** One center in a list: what it is, how far, open or not, today's hours and (for a matter) the next free slot. */
export function CenterCard({ center: c, matter, nowMs }: Props) {
  const distance = formatDistance(c.distanceMeters);
  const next = matter ? nextSlotText(c.nextSlot, nowMs) : null;
  const open = () => go('center', { id: c.id, matterCode: matter?.code, matterName: matter?.name });
  return (
    <View className="ctr-card e2e-center-item">
      <View className="ctr-card__main" ariaRole="link" onClick={open}>
        <View className="ctr-card__top">
          <Text className="ctr-card__name e2e-center-item-name">{c.name}</Text>
          {distance && <Text className="ctr-card__distance e2e-center-distance">{distance}</Text>}
        </View>
        <View className="ctr-card__badges">
          <Text className="badge">{kindText(c.kind)}</Text>
          <Text className={`badge e2e-center-open ${c.openNow ? 'badge--ok' : 'badge--warn'}`}>
            {c.openNow ? '正在办公' : '现在休息'}
          </Text>
        </View>
        <Text className="ctr-card__line">今天：{c.todayHours ?? '休息'}</Text>
        <Text className="ctr-card__line ctr-card__address">{c.address}</Text>
        {matter && c.bookable && (
          <Text className={`ctr-card__next e2e-center-next ${c.nextSlot ? '' : 'ctr-card__next--none'}`}>
            {next ?? '近几天已约满，可以选一天登记候补'}
          </Text>
        )}
      </View>
      {matter && c.bookable && (
        <View
          className="btn btn--primary ctr-card__book e2e-center-book"
          ariaRole="button"
          ariaLabel={`在${c.name}预约`}
          onClick={() => go('bookSlot', { centerId: c.id, matterCode: matter.code })}
        >
          选这里预约
        </View>
      )}
      {!c.bookable && <Text className="ctr-card__line muted">自助终端，随到随办，不用预约</Text>}
    </View>
  );
}
