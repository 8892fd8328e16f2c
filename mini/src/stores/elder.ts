import { createStore } from './createStore';
import { markDocumentElder } from './elderRoot';
import { readFlag, writeValue } from './storage';

const KEY = 'zsb.elderMode';

/** 长辈模式: large type, high contrast, big tap targets — a theme applied by PageShell's root class. */
export const elderStore = createStore<boolean>(readFlag(KEY));
markDocumentElder(elderStore.get());

export function setElderMode(on: boolean): void {
  elderStore.set(on);
  markDocumentElder(on);
  // Storage full or denied: the switch still works for this session.
  writeValue(KEY, on);
}
