import Taro from '@tarojs/taro';
import { isTimeoutMessage, TransportError, type RawRequest, type RawResponse } from './transport.types';

// WeChat and H5: Taro.request resolves for every HTTP status and rejects only when no answer came back.
export async function send(req: RawRequest): Promise<RawResponse> {
  try {
    const res = await Taro.request({
      url: req.url,
      method: req.method,
      header: req.header,
      data: req.data,
      timeout: req.timeout,
      dataType: 'json',
    });
    return { statusCode: res.statusCode, header: (res.header ?? {}) as Record<string, unknown>, data: res.data };
  } catch (err) {
    const text = err instanceof Error ? err.message : String((err as { errMsg?: string })?.errMsg ?? err);
    throw new TransportError(isTimeoutMessage(text) ? 'timeout' : 'network', text);
  }
}
