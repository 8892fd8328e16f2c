import { Text, View } from '@tarojs/components';
import type { RouteName, RouteParams } from '@/routes';
import { go } from '@/navigate';

/** Pages that can open without a query (every row of 我的 is one). */
type PlainRoute = { [K in RouteName]: undefined extends RouteParams[K] ? K : never }[RouteName];

export interface Entry {
  route: PlainRoute;
  title: string;
  hint: string;
  /** The e2e hook class (mini/E2E.md). */
  hook: string;
}

/** One tappable row of 我的 that opens a page. */
export function EntryRow({ entry }: { entry: Entry }) {
  return (
    <View className={`mine-row mine-row--link ${entry.hook}`} ariaRole="link" onClick={() => go(entry.route)}>
      <View className="mine-row__label">
        <Text className="mine-row__title">{entry.title}</Text>
        <Text className="muted">{entry.hint}</Text>
      </View>
      <Text className="mine-row__action">›</Text>
    </View>
  );
}
