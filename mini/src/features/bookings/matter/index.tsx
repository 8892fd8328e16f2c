import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { MatterSummary } from '@zsb/contracts';
import { catalogApi } from '@/api/catalog';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useDebounced } from '@/hooks/useDebounced';
import { useQuery } from '@/hooks/useQuery';
import { go } from '@/navigate';
import '../bookings.css';
import { useRouteParams } from '@/hooks/useRouteParams';

const PAGE_SIZE = 20;

/**
 * The booking flow's first step when it starts from a center (or from nowhere): which matter. With a center only
 * the matters it handles are listed and the next step is its slots; without one, the centers that handle it.
 */
export default function BookMatterPage() {
  const { centerId, centerName } = useRouteParams('bookMatter');
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const { state, reload } = useQuery<{ items: MatterSummary[] }>(`${centerId ?? ''}|${q}`, () =>
    q || centerId
      ? catalogApi.searchMatters({ q: q || undefined, centerId, pageSize: PAGE_SIZE })
      : catalogApi.hotMatters(),
  );

  const pick = (m: MatterSummary) =>
    centerId
      ? go('bookSlot', { centerId, matterCode: m.code })
      : go('centers', { matterCode: m.code, matterName: m.name });

  return (
    <PageShell meta={state.meta} className="bk-page">
      <View className="section bk-intro">
        <Text className="section__title">要办什么事</Text>
        {centerName && <Text className="bk-intro__line">在{centerName}预约</Text>}
        <View className="bk-search">
          <View className="icon-search" />
          <Input
            className="bk-search__input e2e-book-matter-input"
            type="text"
            confirmType="search"
            value={text}
            maxlength={30}
            placeholder="输入事项名称，如“社保卡”"
            ariaLabel="搜索要办的事"
            onInput={(e) => setText(e.detail.value)}
            onConfirm={(e) => setText(e.detail.value)}
          />
        </View>
        {!q && <Text className="muted">{centerId ? '这里能办的事：' : '大家常办的事：'}</Text>}
      </View>

      {state.status === 'loading' && <Skeleton rows={4} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ok' && state.data.items.length === 0 && (
        <EmptyState title="没有找到这件事" hint="换个说法试试，比如只输入关键的两三个字，或拨打 12345 问一问" />
      )}
      {state.status === 'ok' && state.data.items.length > 0 && (
        <View className="section bk-matters">
          {state.data.items.map((m) => (
            <View key={m.code} className="bk-matter e2e-book-matter-item" ariaRole="button" onClick={() => pick(m)}>
              <View className="bk-matter__body">
                <Text className="bk-matter__name">{m.name}</Text>
                <Text className="muted">{m.department}</Text>
              </View>
              <Text className="bk-matter__go">选这个 ›</Text>
            </View>
          ))}
          {state.data.items.length >= PAGE_SIZE && <Text className="muted">没看到要办的事？在上面输入名称搜一搜</Text>}
        </View>
      )}
    </PageShell>
  );
}
