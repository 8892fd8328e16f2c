import Taro from '@tarojs/taro';

const TEMPLATE = process.env.TARO_APP_WECHAT_PROGRESS_TEMPLATE;
type Option = Parameters<typeof Taro.requestSubscribeMessage>[0];

/**
 * WeChat: ask once, at submit time, whether the resident wants a message at each step of the application. Must be
 * called straight from the tap (WeChat refuses it after an await). True only when they accepted.
 */
export async function askProgressMessages(): Promise<boolean> {
  try {
    // Taro's type wants Alipay's `entityIds` too; WeChat takes only `tmplIds`.
    const res = await Taro.requestSubscribeMessage({ tmplIds: [TEMPLATE] } as Option);
    return (res as unknown as Record<string, unknown>)[TEMPLATE] === 'accept';
  } catch {
    // Refused before, turned off in settings, or an old client: the application goes in without messages.
    return false;
  }
}
