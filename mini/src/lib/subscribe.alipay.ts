import Taro from '@tarojs/taro';

const TEMPLATE = process.env.TARO_APP_ALIPAY_PROGRESS_TEMPLATE;
type Option = Parameters<typeof Taro.requestSubscribeMessage>[0];
type Answer = Record<string, unknown> & { result?: { subscribedEntityIds?: string[] } };

/** Alipay: the same question through my.requestSubscribeMessage (template ids are `entityIds` there). */
export async function askProgressMessages(): Promise<boolean> {
  try {
    const res = (await Taro.requestSubscribeMessage({ entityIds: [TEMPLATE] } as Option)) as unknown as Answer;
    return res[TEMPLATE] === 'accept' || (res.result?.subscribedEntityIds ?? []).includes(TEMPLATE);
  } catch {
    return false;
  }
}
