import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { catalogApi } from '@/api/catalog';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { go, openSearch } from '@/navigate';
import { DomainGrid } from './DomainGrid';
import { HotMatters } from './HotMatters';
import { ThemeCards } from './ThemeCards';
import './index.css';

// The three lists come from one snapshot; loading them together keeps one loading and one error state.
async function loadHome() {
  const [hot, domains, themes] = await Promise.all([
    catalogApi.hotMatters(),
    catalogApi.domains(),
    catalogApi.themes(),
  ]);
  return {
    data: { hot: hot.data.items, domains: domains.data.items, themes: themes.data.items },
    meta: hot.meta.stale || domains.meta.stale || themes.meta.stale ? { ...hot.meta, stale: true } : hot.meta,
  };
}

export default function HomePage() {
  const { state, reload } = useQuery('home', loadHome);

  usePullDownRefresh(() => {
    reload();
    void Taro.stopPullDownRefresh();
  });

  return (
    <PageShell meta={state.meta}>
      <View className="home-hero">
        <Text className="home-hero__title">掌上办事，少跑腿</Text>
        <Text className="home-hero__sub">河南省县、乡、村政务服务</Text>
        <View
          className="home-search e2e-home-search"
          ariaRole="search"
          ariaLabel="搜索要办的事"
          onClick={() => openSearch({ focus: true })}
        >
          <View className="icon-search" />
          <Text className="home-search__placeholder">搜一搜要办的事，如“社保卡”</Text>
        </View>
      </View>

      <View className="home-nearby e2e-home-centers" ariaRole="link" onClick={() => go('centers', {})}>
        <View className="home-nearby__label">
          <Text className="home-nearby__title">附近办事点</Text>
          <Text className="muted">最近的便民服务中心、办公时间，预约到窗口办事</Text>
        </View>
        <Text className="home-nearby__go">›</Text>
      </View>

      <View className="home-nearby e2e-home-progress" ariaRole="link" onClick={() => go('progressQuery')}>
        <View className="home-nearby__label">
          <Text className="home-nearby__title">查办件进度</Text>
          <Text className="muted">输入办件编号和查询码，不用登录也能查</Text>
        </View>
        <Text className="home-nearby__go">›</Text>
      </View>

      {state.status === 'loading' && <Skeleton rows={3} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <>
          <HotMatters items={state.data.hot} />
          <DomainGrid items={state.data.domains} />
          <ThemeCards items={state.data.themes} />
          <View className="home-foot">
            <Text className="muted">找不到要办的事？拨打 12345 政务服务便民热线</Text>
          </View>
        </>
      )}
    </PageShell>
  );
}
