import { createStore } from './createStore';
import { watchPlatformNetwork } from './networkWatch';

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
  watchPlatformNetwork((online) => onlineStore.set(online));
}
