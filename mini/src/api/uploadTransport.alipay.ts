import Taro from '@tarojs/taro';
import { isTimeoutMessage, TransportError } from './transport.types';
import { parseBody, type FetchedFile, type FileUploadRequest, type FileUploadResponse } from './uploadTransport.types';

interface AlipayFail {
  error?: number;
  errorMessage?: string;
  status?: number;
  statusCode?: number;
  data?: unknown;
}

// Alipay: my.uploadFile needs `fileType` (and calls the name `fileName`; Taro maps `name`). Like my.request it
// may send a non-2xx answer to `fail`, with the status on the error object: turn that back into a response.
export async function sendFile(req: FileUploadRequest): Promise<FileUploadResponse> {
  const option = {
    url: req.url,
    filePath: req.file.path ?? '',
    name: 'file',
    fileType: 'image',
    header: req.header,
    timeout: req.timeout,
  };
  const task = Taro.uploadFile(option as Parameters<typeof Taro.uploadFile>[0]);
  // Older Alipay clients answer no task object with progress events: the bar then jumps from 0 to done.
  task.onProgressUpdate?.((p) => req.onProgress(p.progress));
  try {
    const res = await task;
    return { statusCode: res.statusCode, data: parseBody(res.data) };
  } catch (raw) {
    const err = (raw ?? {}) as AlipayFail;
    const status = err.status ?? err.statusCode;
    if (typeof status === 'number' && status > 0) return { statusCode: status, data: parseBody(err.data) };
    const text = err.errorMessage ?? String(err.error ?? 'upload failed');
    throw new TransportError(err.error === 13 || isTimeoutMessage(text) ? 'timeout' : 'network', text);
  }
}

export async function fetchFile(url: string, header: Record<string, string>): Promise<FetchedFile> {
  try {
    const res = await Taro.downloadFile({ url, header });
    // Taro maps Alipay's apFilePath to tempFilePath; Alipay reports no status for a download that arrived.
    const statusCode = res.statusCode ?? 200;
    return { statusCode, path: statusCode === 200 ? res.tempFilePath : null, kind: null };
  } catch (raw) {
    const err = (raw ?? {}) as AlipayFail;
    const status = err.status ?? err.statusCode;
    if (typeof status === 'number' && status > 0) return { statusCode: status, path: null, kind: null };
    throw new TransportError('network', err.errorMessage ?? 'download failed');
  }
}
