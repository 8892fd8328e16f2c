import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { centersApi } from '@/api/centers';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { go } from '@/navigate';
import { CenterHours } from '../components/CenterHours';
import { formatDistance } from '@/lib/distance';
import { kindText, levelText, nextSlotText } from '../lib/centerText';
import { openMap } from '@/lib/location';
import '../centers.css';
import { useRouteParams } from '@/hooks/useRouteParams';

const call = (phone: string) => void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);

/** One center: where, when (with lunch break and holidays), how to call and get there, and 预约. */
export default function CenterDetailPage() {
  const { id = '', matterCode, matterName } = useRouteParams('center');
  const { state, reload } = useQuery(id ? `${id}|${matterCode ?? ''}` : null, () => centersApi.detail(id, matterCode));

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
        {(id === '' || state.error?.code === 'CENTER_NOT_FOUND') && (
          <View className="ctr-actions">
            {id === '' && <Text className="ctr-locating">没有指明是哪个办事点</Text>}
            <View className="btn btn--primary e2e-state-centers" ariaRole="button" onClick={() => go('centers', {})}>
              看附近办事点
            </View>
          </View>
        )}
      </PageShell>
    );
  }

  const c = state.data;
  const distance = formatDistance(c.distanceMeters);
  const next = matterCode ? nextSlotText(c.nextSlot, Date.now()) : null;
  const book = () =>
    matterCode
      ? go('bookSlot', { centerId: c.id, matterCode })
      : go('bookMatter', { centerId: c.id, centerName: c.name });

  return (
    <PageShell meta={state.meta} className="ctr-page ctr-detail-page">
      <View className="section ctr-detail-head">
        <Text className="ctr-detail-head__name e2e-center-name">{c.name}</Text>
        <View className="ctr-card__badges">
          <Text className="badge">{kindText(c.kind)}</Text>
          <Text className="badge">{levelText(c.level)}</Text>
          <Text className={`badge e2e-center-open ${c.openNow ? 'badge--ok' : 'badge--warn'}`}>
            {c.openNow ? '正在办公' : '现在休息'}
          </Text>
        </View>
        <Text className="ctr-fact__value">今天：{c.todayHours ?? '休息'}</Text>
      </View>

      <View className="section">
        <View className="ctr-fact">
          <Text className="ctr-fact__label">地址</Text>
          <View className="ctr-fact__body">
            <Text className="ctr-fact__value e2e-center-address">{c.address}</Text>
            {distance && <Text className="muted">离您约 {distance}</Text>}
          </View>
        </View>
        <View
          className="btn ctr-fact__btn e2e-center-navigate"
          ariaRole="button"
          ariaLabel={`导航到${c.name}`}
          onClick={() => void openMap({ ...c.gcj02, name: c.name, address: c.address }).catch(() => undefined)}
        >
          导航过去
        </View>
        {c.phone && (
          <View
            className="ctr-fact ctr-fact--link e2e-center-phone"
            ariaRole="button"
            ariaLabel={`拨打 ${c.phone}`}
            onClick={() => call(c.phone ?? '')}
          >
            <Text className="ctr-fact__label">电话</Text>
            <Text className="ctr-fact__value ctr-fact__phone">{c.phone}</Text>
            <Text className="ctr-fact__go">拨打</Text>
          </View>
        )}
        <View className="ctr-fact">
          <Text className="ctr-fact__label">窗口</Text>
          <Text className="ctr-fact__value e2e-center-windows">
            {c.windows > 0 ? `${c.windows} 个办事窗口` : '没有人工窗口，自助办理'}，可办 {c.matterCount} 项事
          </Text>
        </View>
      </View>

      <CenterHours center={c} />

      <View className="ctr-actions">
        {c.bookable ? (
          <>
            {next && <Text className="ctr-actions__hint e2e-center-next">{next}</Text>}
            {matterCode && !c.nextSlot && <Text className="ctr-actions__hint">近几天已约满，可以选一天登记候补</Text>}
            <View className="btn btn--primary ctr-actions__book e2e-center-book" ariaRole="button" onClick={book}>
              {matterName ? `预约办理：${matterName}` : '预约到这里办事'}
            </View>
          </>
        ) : (
          <Text className="ctr-actions__hint">这是自助终端，随到随办，不用预约</Text>
        )}
      </View>
    </PageShell>
  );
}
