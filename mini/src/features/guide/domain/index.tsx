import Taro, { useReachBottom } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { ListFooter } from '@/components/ListFooter';
import { MatterItem } from '@/components/MatterItem';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useMatterSearch } from '@/hooks/useMatterSearch';
import { openSearch } from '@/navigate';
import '../guide.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/** All matters of one domain (社会保险, 户籍管理 …), 掌上办 ones optionally only. */
export default function DomainPage() {
  const { code = '', name = '分类事项' } = useRouteParams('domain');
  const [mobileReady, setMobileReady] = useState(false);
  const { state, loadMore, retry } = useMatterSearch({ domain: code, mobileReady: mobileReady || undefined });

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: name }).catch(() => undefined);
  }, [name]);

  useReachBottom(loadMore);

  return (
    <PageShell meta={state.meta}>
      <View className="guide-head">
        <Text className="guide-head__name">{name}</Text>
        <View className="domain-filter">
          <View
            className={`chip e2e-filter-mobile ${mobileReady ? 'chip--on' : ''}`}
            ariaRole="checkbox"
            ariaLabel={`只看掌上办，${mobileReady ? '已选' : '未选'}`}
            onClick={() => setMobileReady(!mobileReady)}
          >
            {mobileReady ? '✓ ' : ''}只看掌上办
          </View>
        </View>
      </View>
      {state.status === 'loading' && <Skeleton rows={5} />}
      {state.status === 'error' && state.error && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'ready' && state.total === 0 && (
        <EmptyState
          title={mobileReady ? '这个类别暂时没有能在手机上办的事项' : '这个类别暂时没有事项'}
          hint="可以搜索事项名称，或拨打 12345 咨询"
        >
          <View className="btn btn--primary state__btn" ariaRole="button" onClick={() => openSearch()}>
            去搜索
          </View>
        </EmptyState>
      )}
      {state.items.length > 0 && (
        <View className="section">
          <Text className="muted">共 {state.total} 个事项</Text>
          {state.items.map((m) => (
            <MatterItem key={m.code} matter={m} showDomain={false} />
          ))}
        </View>
      )}
      {state.items.length > 0 && <ListFooter state={state} onMore={loadMore} />}
    </PageShell>
  );
}
