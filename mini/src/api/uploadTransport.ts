import Taro from '@tarojs/taro';
import { isTimeoutMessage, TransportError } from './transport.types';
import { parseBody, type FetchedFile, type FileUploadRequest, type FileUploadResponse } from './uploadTransport.types';

// WeChat: a multipart upload of the temporary file (field `file`), with progress. Resolves for every HTTP
// status and rejects only when no answer came back.
export async function sendFile(req: FileUploadRequest): Promise<FileUploadResponse> {
  const task = Taro.uploadFile({
    url: req.url,
    filePath: req.file.path ?? '',
    name: 'file',
    header: req.header,
    timeout: req.timeout,
  });
  task.onProgressUpdate?.((p) => req.onProgress(p.progress));
  try {
    const res = await task;
    return { statusCode: res.statusCode, data: parseBody(res.data) };
  } catch (err) {
    const text = String((err as { errMsg?: string })?.errMsg ?? err);
    throw new TransportError(isTimeoutMessage(text) ? 'timeout' : 'network', text);
  }
}

/** A local path for an upload's content (thumbnails of a resumed draft): downloaded with the resident's token. */
export async function fetchFile(url: string, header: Record<string, string>): Promise<FetchedFile> {
  try {
    const res = await Taro.downloadFile({ url, header });
    return { statusCode: res.statusCode, path: res.statusCode === 200 ? res.tempFilePath : null, kind: null };
  } catch (err) {
    throw new TransportError('network', String((err as { errMsg?: string })?.errMsg ?? err));
  }
}
