import { Text, View } from '@tarojs/components';
import type { SearchState } from '../hooks/useMatterSearch';

/** The end of a paged list: loading more, a retry after a failed page, or “that is all”. */
export function ListFooter({ state, onMore }: { state: SearchState; onMore: () => void }) {
  if (state.status === 'loadingMore') {
    return (
      <View className="list-footer e2e-loading-more">
        <Text>正在加载更多…</Text>
      </View>
    );
  }
  if (state.status === 'moreError') {
    return (
      <View className="list-footer list-footer--error" ariaRole="button" onClick={onMore}>
        <Text>{state.error?.message ?? '加载失败'}，点这里重试</Text>
      </View>
    );
  }
  if (state.items.length > 0 && state.items.length >= state.total) {
    return (
      <View className="list-footer">
        <Text>已经到底了，共 {state.total} 个事项</Text>
      </View>
    );
  }
  if (state.items.length < state.total) {
    // Scrolling loads the next page; the button is for screen readers and very short screens.
    return (
      <View className="list-footer list-footer--more" ariaRole="button" onClick={onMore}>
        <Text>加载更多</Text>
      </View>
    );
  }
  return null;
}
