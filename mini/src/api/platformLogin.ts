import Taro from '@tarojs/taro';

export type PlatformLogin = { method: 'wechat' | 'alipay'; code: string } | null;

/** WeChat: wx.login gives a one-time code without asking the resident anything (silent sign-in). */
export async function platformLoginCode(): Promise<PlatformLogin> {
  const { code } = await Taro.login();
  return code ? { method: 'wechat', code } : null;
}
