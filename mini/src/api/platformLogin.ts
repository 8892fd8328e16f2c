import Taro from '@tarojs/taro';

export type PlatformLogin = { method: 'wechat' | 'alipay'; code: string } | null;

/** Whether signing in needs nothing from the resident (WeChat, Alipay) or leaves the page (H5). */
export const signsInSilently: boolean = true;

/** WeChat: wx.login gives a one-time code without asking the resident anything (silent sign-in). */
export async function platformLoginCode(): Promise<PlatformLogin> {
  const { code } = await Taro.login();
  return code ? { method: 'wechat', code } : null;
}
