import Taro from '@tarojs/taro';

// The phone's storage for what the app keeps between visits (drafts, remembered forms). Storage that is full or
// denied never breaks a page: a read finds nothing, a write is dropped, and the server copy still works.

/** An object stored under `key`, or null (nothing there, not an object, or storage unreadable). */
export function readObject<T>(key: string): T | null {
  try {
    const v = Taro.getStorageSync(key) as T | '' | undefined;
    return v && typeof v === 'object' ? v : null;
  } catch {
    return null;
  }
}

/** True only when `true` itself is stored under `key` (a switch the resident turned on). */
export function readFlag(key: string): boolean {
  try {
    return Taro.getStorageSync(key) === true;
  } catch {
    return false;
  }
}

export function writeValue(key: string, value: unknown): void {
  try {
    Taro.setStorageSync(key, value);
  } catch {
    // storage full or denied
  }
}

export function removeKey(key: string): void {
  try {
    Taro.removeStorageSync(key);
  } catch {
    // nothing to do
  }
}
