import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CenterKind } from '@zsb/contracts';
import { centersApi } from '@/api/centers';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { placeKey, placeQuery, type Place } from '../lib/place';
import { CenterCard } from './CenterCard';

interface Props {
  place: Place;
  kind: CenterKind | null;
  openNow: boolean;
  matter: { code: string; name?: string } | null;
  onChangePlace: () => void;
  onClearFilters: () => void;
}

const LIMIT = 20;

/** The centers around a place, nearest first; every empty or failed answer says what to try next. */
export function CenterResults({ place, kind, openNow, matter, onChangePlace, onClearFilters }: Props) {
  const key = [placeKey(place), kind ?? '', openNow ? 'open' : '', matter?.code ?? ''].join('|');
  const { state, reload } = useQuery(key, () =>
    centersApi.list({
      ...placeQuery(place),
      kind: kind ?? undefined,
      openNow: openNow || undefined,
      matterCode: matter?.code,
      limit: LIMIT,
    }),
  );
  const now = Date.now();

  if (state.status === 'loading') return <Skeleton rows={3} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={reload} />;

  const { items, total } = state.data;
  if (items.length === 0) {
    const filtered = kind !== null || openNow;
    return (
      <EmptyState
        title={matter ? '这个范围内没有能预约这件事的办事点' : '这个范围内没有找到办事点'}
        hint={filtered ? '可以看看全部类型，或换个地点' : '可以换个地点看看，或拨打 12345 问一问在哪里办'}
      >
        <View className="state__actions">
          {filtered && (
            <View className="btn btn--primary state__btn e2e-centers-clear" ariaRole="button" onClick={onClearFilters}>
              看全部类型
            </View>
          )}
          <View className="btn state__btn e2e-centers-change" ariaRole="button" onClick={onChangePlace}>
            换个地点
          </View>
          <View
            className="btn state__btn"
            ariaRole="button"
            onClick={() => void Taro.makePhoneCall({ phoneNumber: '12345' }).catch(() => undefined)}
          >
            拨打 12345 咨询
          </View>
        </View>
      </EmptyState>
    );
  }

  return (
    <View className="ctr-list e2e-center-list">
      {items.map((c) => (
        <CenterCard key={c.id} center={c} matter={matter} nowMs={now} />
      ))}
      <View className="list-footer">
        <Text>{total > items.length ? `最近的 ${items.length} 个，共 ${total} 个` : `共 ${total} 个`}</Text>
      </View>
    </View>
  );
}
