import { connect } from 'node:net';
import type { ErrorBody } from '@zsb/contracts';

const CHINESE = /[\u4e00-\u9fa5]/;
// What a framework or library says when nobody translated it: never for a resident's eyes.
const FRAMEWORK_TEXT =
  /\b(error|exception|undefined|should|must|expected|invalid|failed|Bad Request|Not Found|Too big|Too small|is not|statusCode|FST_|ERR_)\b/i;

/** Why an answer is not a contract refusal ({code, message, requestId}, Chinese, no framework text), or null. */
export function contractProblem(status: number, body: unknown): string | null {
  if (status < 400 || status >= 600) return `status ${status} is not a refusal`;
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return `body is not a JSON object: ${String(JSON.stringify(body)).slice(0, 200)}`;
  const b = body as Partial<ErrorBody> & Record<string, unknown>;
  if (typeof b.code !== 'string' || !/^[A-Z_]+$/.test(b.code))
    return `no contract code: ${JSON.stringify(b).slice(0, 200)}`;
  if (typeof b.requestId !== 'string' || b.requestId.length < 8)
    return `no requestId: ${JSON.stringify(b).slice(0, 200)}`;
  if (typeof b.message !== 'string' || !CHINESE.test(b.message)) return `message not in Chinese: ${String(b.message)}`;
  const texts = [b.message, ...(b.details ?? []).map((d) => d.message)];
  const english = texts.find((t) => FRAMEWORK_TEXT.test(t));
  if (english) return `framework text: ${english}`;
  const untranslated = (b.details ?? []).find((d) => !CHINESE.test(d.message));
  if (untranslated) return `detail not in Chinese: ${untranslated.message}`;
  return null;
}

export function expectContractRefusal(
  res: { status: number; body: unknown },
  expected: { status?: number; code?: string } = {},
): ErrorBody {
  expect(contractProblem(res.status, res.body)).toBeNull();
  if (expected.status !== undefined) expect(res.status).toBe(expected.status);
  if (expected.code !== undefined) expect((res.body as ErrorBody).code).toBe(expected.code);
  return res.body as ErrorBody;
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
  body: unknown;
}

/**
 * Sends bytes as they are over a fresh TCP connection (what fetch would refuse to send: a bad request line,
 * oversized headers) and reads the answer until the server closes or the first complete answer arrives.
 */
export function sendRaw(url: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (closed: boolean): void => {
      if (settled) return;
      const raw = Buffer.concat(chunks).toString('utf8');
      const head = raw.indexOf('\r\n\r\n');
      if (head < 0) {
        if (!closed) return;
        settled = true;
        reject(new Error(`no HTTP answer, got ${JSON.stringify(raw.slice(0, 200))}`));
        return;
      }
      const [statusLine, ...lines] = raw.slice(0, head).split('\r\n');
      const headers = Object.fromEntries(
        lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      const length = Number(headers['content-length'] ?? NaN);
      const text = raw.slice(head + 4);
      if (!closed && (!Number.isFinite(length) || Buffer.byteLength(text) < length)) return;
      settled = true;
      socket.destroy();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, text, body });
    };
    socket.on('data', (c: Buffer) => {
      chunks.push(c);
      finish(false);
    });
    socket.on('close', () => finish(true));
    // A reset after the answer arrived is the server closing a connection it will not read further.
    socket.on('error', () => finish(true));
    socket.setTimeout(10_000, () => socket.destroy(new Error('timeout')));
    socket.write(request);
  });
}
