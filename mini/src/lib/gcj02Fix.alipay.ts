import Taro from '@tarojs/taro';

/** Alipay: my.getLocation answers GCJ-02 (AMap) already; its `type` is a detail level, not a datum. */
export function gcj02Fix(): Promise<{ latitude: number; longitude: number }> {
  return Taro.getLocation({});
}
