import { useState } from 'react';
import { useDidShow, useReachBottom } from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { ListFooter } from '@/components/ListFooter';
import { MatterItem } from '@/components/MatterItem';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useDebounced } from '@/hooks/useDebounced';
import { useMatterSearch } from '@/hooks/useMatterSearch';
import { takeSearchIntent } from '@/stores/searchIntent';
import { Filters } from './Filters';
import './index.css';

// The last one shows that pinyin initials work (sbk = 社保卡).
const SUGGESTIONS = [
  { q: '社保卡', label: '社保卡' },
  { q: '身份证', label: '身份证' },
  { q: '低保', label: '低保' },
  { q: '养老', label: '养老' },
  { q: 'sbk', label: 'sbk（社保卡的拼音首字母）' },
];

export default function SearchPage() {
  const [text, setText] = useState('');
  const [focus, setFocus] = useState(false);
  const [mobileReady, setMobileReady] = useState(false);
  const [domain, setDomain] = useState<string | null>(null);
  const q = useDebounced(text.trim(), 300);

  const { state, loadMore, retry } = useMatterSearch({
    q: q || undefined,
    domain: domain ?? undefined,
    mobileReady: mobileReady || undefined,
  });

  useDidShow(() => {
    const intent = takeSearchIntent();
    if (!intent) return;
    setText(intent.q);
    setDomain(intent.domain);
    // Toggle so that asking for focus again (second visit) re-opens the keyboard.
    setFocus(false);
    if (intent.focus) setTimeout(() => setFocus(true), 50);
  });

  useReachBottom(loadMore);

  const filtered = mobileReady || domain !== null;

  return (
    <PageShell meta={state.meta}>
      <View className="search-bar">
        <View className="search-bar__box">
          <View className="icon-search" />
          <Input
            className="search-bar__input e2e-search-input"
            type="text"
            confirmType="search"
            value={text}
            focus={focus}
            maxlength={30}
            placeholder="输入事项名称或拼音首字母"
            placeholderClass="search-bar__placeholder"
            ariaLabel="搜索事项"
            onInput={(e) => setText(e.detail.value)}
            onConfirm={(e) => setText(e.detail.value)}
            onBlur={() => setFocus(false)}
          />
          {text !== '' && (
            <View className="search-bar__clear" ariaRole="button" ariaLabel="清空搜索内容" onClick={() => setText('')}>
              <Text>清空</Text>
            </View>
          )}
        </View>
        <Filters mobileReady={mobileReady} domain={domain} onMobileReady={setMobileReady} onDomain={setDomain} />
      </View>

      {state.status === 'loading' && <Skeleton rows={5} />}
      {state.status === 'error' && state.error && <ErrorState error={state.error} onRetry={retry} />}
      {state.status !== 'loading' && state.status !== 'error' && state.total === 0 && (
        <EmptyState
          title={q ? `没有找到“${q}”相关的事项` : '这个分类下暂时没有事项'}
          hint={filtered ? '可以去掉上面的筛选条件再看看' : '试试“社保卡”“身份证”，或输入拼音首字母，如 sbk'}
        >
          <View className="search-suggest">
            {filtered && (
              <View
                className="chip chip--on"
                ariaRole="button"
                onClick={() => {
                  setMobileReady(false);
                  setDomain(null);
                }}
              >
                去掉筛选
              </View>
            )}
            {SUGGESTIONS.map((s) => (
              <View key={s.q} className="chip e2e-suggestion" ariaRole="button" onClick={() => setText(s.q)}>
                {s.label}
              </View>
            ))}
          </View>
        </EmptyState>
      )}
      {state.items.length > 0 && (
        <View className="section search-results e2e-results">
          <Text className="muted">
            {q ? `“${q}”` : '全部事项'}，共 {state.total} 个
          </Text>
          {state.items.map((m) => (
            <MatterItem key={m.code} matter={m} highlight />
          ))}
        </View>
      )}
      {state.items.length > 0 && <ListFooter state={state} onMore={loadMore} />}
    </PageShell>
  );
}
