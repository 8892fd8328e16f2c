import { elderStore } from '../stores/elder';
import { useStore } from '../stores/createStore';

export function useElderMode(): boolean {
  return useStore(elderStore);
}
