// The few Taro APIs shared components reach for, as no-ops a test can observe.
const calls: { api: string; args: unknown[] }[] = [];
const record =
  (api: string) =>
  (...args: unknown[]) => {
    calls.push({ api, args });
    return Promise.resolve({});
  };

const Taro = {
  calls,
  makePhoneCall: record('makePhoneCall'),
  setClipboardData: record('setClipboardData'),
  showToast: record('showToast'),
  showModal: record('showModal'),
  navigateTo: record('navigateTo'),
  navigateBack: record('navigateBack'),
  redirectTo: record('redirectTo'),
  switchTab: record('switchTab'),
  reLaunch: record('reLaunch'),
  getStorageSync: () => '',
  setStorageSync: record('setStorageSync'),
  removeStorageSync: record('removeStorageSync'),
  getCurrentPages: () => [],
  getEnv: () => 'WEB',
  ENV_TYPE: { WEB: 'WEB', WEAPP: 'WEAPP', ALIPAY: 'ALIPAY' },
  useRouter: () => ({ params: {} }),
  useDidShow: () => undefined,
  useDidHide: () => undefined,
};

export default Taro;
export const { useRouter, useDidShow, useDidHide } = Taro;
