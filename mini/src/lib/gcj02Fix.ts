import Taro from '@tarojs/taro';

/** WeChat: ask for GCJ-02 explicitly (its default is WGS-84). */
export function gcj02Fix(): Promise<{ latitude: number; longitude: number }> {
  return Taro.getLocation({ type: 'gcj02' });
}
