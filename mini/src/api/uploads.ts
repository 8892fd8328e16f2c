import type { Upload } from '@zsb/contracts';
import { actingHeader } from '../lib/acting';
import type { PickedFile } from '../lib/pickedFile';
import { newRequestId } from '../lib/requestId';
import { currentActing } from '../stores/acting';
import { isOffline } from '../stores/network';
import { sessionStore } from '../stores/session';
import { authed, withToken } from './auth';
import { apiBase } from './base';
import { refusedUnderMandate } from './client';
import { clientError, errorFromResponse } from './errors';
import { TransportError } from './transport.types';
import { fetchFile, sendFile } from './uploadTransport';
import type { FetchedFile } from './uploadTransport.types';

// A photo on a rural 3G line takes a while; the BFF ends a too-large file early on its own.
const UPLOAD_TIMEOUT_MS = 120_000;
const seg = encodeURIComponent;

async function upload(file: PickedFile, onProgress: (percent: number) => void): Promise<Upload> {
  return withToken(async (token) => {
    const requestId = newRequestId();
    if (isOffline()) throw clientError('NETWORK_OFFLINE', requestId);
    // Under a 委托 the file is the principal's (for the principal's application).
    const acting = actingHeader(currentActing(), sessionStore.get()?.resident.id ?? null, 'POST', '/uploads');
    let res;
    try {
      res = await sendFile({
        url: `${apiBase}/uploads`,
        header: {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
          'X-Request-Id': requestId,
          ...acting,
        },
        file,
        timeout: UPLOAD_TIMEOUT_MS,
        onProgress,
      });
    } catch (err) {
      if (err instanceof TransportError)
        throw clientError(err.kind === 'timeout' ? 'TIMEOUT' : 'NETWORK_FAILED', requestId);
      throw err;
    }
    if (res.statusCode < 200 || res.statusCode >= 300) {
      const error = errorFromResponse(res.statusCode, res.data, requestId);
      throw Object.keys(acting).length > 0 ? await refusedUnderMandate(error, `Bearer ${token}`) : error;
    }
    const data = res.data as Upload | null;
    if (!data || typeof data !== 'object' || typeof data.id !== 'string') throw clientError('BAD_RESPONSE', requestId);
    return data;
  });
}

/** Photos and PDFs for an application's materials: only their owner reads or deletes them. */
export const uploadsApi = {
  upload,
  /** Only while no application has taken it. 204. */
  remove: (id: string) => authed<undefined>('DELETE', `/uploads/${seg(id)}`),
  /** The content on this device (a path or an object URL) for a thumbnail; null when it is gone. */
  async local(id: string): Promise<FetchedFile> {
    return withToken(async (token) => {
      const requestId = newRequestId();
      if (isOffline()) throw clientError('NETWORK_OFFLINE', requestId);
      try {
        const got = await fetchFile(`${apiBase}/uploads/${seg(id)}/content`, {
          Authorization: `Bearer ${token}`,
          'X-Request-Id': requestId,
        });
        if (got.statusCode === 401)
          throw errorFromResponse(401, { code: 'AUTH_TOKEN_INVALID', message: '登录已失效', requestId }, requestId);
        return got;
      } catch (err) {
        if (err instanceof TransportError) throw clientError('NETWORK_FAILED', requestId);
        throw err;
      }
    });
  },
};
