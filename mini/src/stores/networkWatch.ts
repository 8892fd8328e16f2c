import Taro from '@tarojs/taro';

/** Mini-programs: the platform reports the network type and its changes. */
export function watchPlatformNetwork(onChange: (online: boolean) => void): void {
  Taro.getNetworkType()
    .then((res) => onChange(res.networkType !== 'none'))
    .catch(() => undefined);
  Taro.onNetworkStatusChange((res) => onChange(res.isConnected));
}
