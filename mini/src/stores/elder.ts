import Taro from '@tarojs/taro';
import { createStore } from './createStore';
import { markDocumentElder } from './elderRoot';

const KEY = 'zsb.elderMode';

function readSaved(): boolean {
  try {
    return Taro.getStorageSync(KEY) === true;
  } catch {
    return false;
  }
}

/** 长辈模式: large type, high contrast, big tap targets — a theme applied by PageShell's root class. */
export const elderStore = createStore<boolean>(readSaved());
markDocumentElder(elderStore.get());

export function setElderMode(on: boolean): void {
  elderStore.set(on);
  markDocumentElder(on);
  try {
    Taro.setStorageSync(KEY, on);
  } catch {
    // storage full or denied: the switch still works for this session
  }
}
