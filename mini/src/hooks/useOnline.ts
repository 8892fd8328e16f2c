import { onlineStore } from '../stores/network';
import { useStore } from '../stores/createStore';

export function useOnline(): boolean {
  return useStore(onlineStore);
}
