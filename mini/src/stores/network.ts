import Taro from '@tarojs/taro';
import { createStore } from './createStore';

/** False only when the platform says there is no network at all; unknown counts as online. */
export const onlineStore = createStore<boolean>(true);

export function isOffline(): boolean {
  return !onlineStore.get();
}

let watching = false;

/** Called once at launch: reads the current network and follows changes. */
export function watchNetwork(): void {
  if (watching) return;
  watching = true;
  Taro.getNetworkType()
    .then((res) => onlineStore.set(res.networkType !== 'none'))
    .catch(() => undefined);
  Taro.onNetworkStatusChange((res) => onlineStore.set(res.isConnected));
}
