import Taro from '@tarojs/taro';
import { isTimeoutMessage, TransportError, type RawRequest, type RawResponse } from './transport.types';

interface AlipayFail {
  error?: number;
  errorMessage?: string;
  status?: number;
  statusCode?: number;
  headers?: Record<string, unknown>;
  header?: Record<string, unknown>;
  data?: unknown;
}

// Alipay's my.request sends non-2xx answers to `fail` (error 19, with status/headers/data on the object);
// turn those back into responses so the client handles every status the same way on every platform.
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
  } catch (raw) {
    const err = (raw ?? {}) as AlipayFail;
    const status = err.status ?? err.statusCode;
    if (typeof status === 'number' && status > 0) {
      let data = err.data;
      if (typeof data === 'string') {
        try {
          data = JSON.parse(data);
        } catch {
          // leave non-JSON bodies as text; the client maps them to a generic message
        }
      }
      return { statusCode: status, header: err.headers ?? err.header ?? {}, data };
    }
    // error 13 is Alipay's timeout
    const text = err.errorMessage ?? String(err.error ?? 'request failed');
    throw new TransportError(err.error === 13 || isTimeoutMessage(text) ? 'timeout' : 'network', text);
  }
}
