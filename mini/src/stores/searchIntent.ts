import { createStore } from './createStore';

/**
 * switchTab cannot carry a query string, so the home page leaves what the resident wants here and the search
 * tab picks it up when it shows.
 */
export interface SearchIntent {
  q: string;
  domain: string | null;
  focus: boolean;
}

export const searchIntentStore = createStore<SearchIntent | null>(null);

export function takeSearchIntent(): SearchIntent | null {
  const intent = searchIntentStore.get();
  searchIntentStore.set(null);
  return intent;
}
