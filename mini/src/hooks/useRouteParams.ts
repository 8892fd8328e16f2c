import { useRouter } from '@tarojs/taro';
import { decodeParams } from '@/lib/query';
import type { RouteName, RouteParams } from '@/routes';

/** The query routes.ts declares for a page: each value decoded, undefined when missing or empty. */
export type PageParams<K extends RouteName> = { [P in keyof NonNullable<RouteParams[K]>]-?: string | undefined };

/** Reads the current page's query, typed by its route name: `const { id = '' } = useRouteParams('booking')`. */
export function useRouteParams<K extends RouteName>(_page: K): PageParams<K> {
  return decodeParams(useRouter().params) as PageParams<K>;
}
