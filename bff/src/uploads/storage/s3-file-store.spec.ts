import { createHash, createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { S3FileStore } from './s3-file-store';

const ACCESS_KEY = 'AKIAZSBTEST000000001';
const SECRET = 'zsb-test-secret-key-0000000000000000000';
const sha256 = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: Buffer | string, data: string): Buffer => createHmac('sha256', key).update(data).digest();

/**
 * A stand-in for an S3-compatible store: PutObject, GetObject and DeleteObject, path-style, each request's
 * AWS Signature V4 recomputed from what arrived and checked against the secret (a mismatch is 403, as S3 does).
 */
class FakeS3 {
  readonly objects = new Map<string, Buffer>();
  readonly seen: { method: string; path: string }[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        this.seen.push({ method: req.method ?? '', path });
        if (!this.signatureValid(req, body)) return void res.writeHead(403).end(xmlError('SignatureDoesNotMatch'));
        if (req.method === 'PUT') {
          this.objects.set(path, body);
          return void res.writeHead(200, { etag: `"${sha256(body).slice(0, 32)}"` }).end();
        }
        if (req.method === 'GET') {
          const object = this.objects.get(path);
          if (!object) return void res.writeHead(404, { 'content-type': 'application/xml' }).end(xmlError('NoSuchKey'));
          return void res
            .writeHead(200, { 'content-length': object.length, 'content-type': 'application/octet-stream' })
            .end(object);
        }
        if (req.method === 'DELETE') {
          this.objects.delete(path);
          return void res.writeHead(204).end();
        }
        res.writeHead(405).end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private signatureValid(req: IncomingMessage, body: Buffer): boolean {
    const auth =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
        String(req.headers.authorization),
      );
    if (!auth || auth[1] !== ACCESS_KEY) return false;
    const [, , day, region, signedHeaders, signature] = auth;
    const payloadHash = String(req.headers['x-amz-content-sha256']);
    if (payloadHash !== sha256(body)) return false;
    const url = new URL(req.url ?? '/', 'http://x');
    const query = [...url.searchParams.entries()]
      .map(([k, v]) => [encodeURIComponent(k), encodeURIComponent(v)])
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${k}=${v}`)
      .join('&');
    const headers = signedHeaders
      .split(';')
      .map((h) => `${h}:${String(req.headers[h]).trim().replace(/\s+/g, ' ')}\n`)
      .join('');
    const canonical = [req.method, url.pathname, query, headers, signedHeaders, payloadHash].join('\n');
    const scope = `${day}/${region}/s3/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', String(req.headers['x-amz-date']), scope, sha256(canonical)].join('\n');
    const key = hmac(hmac(hmac(hmac(`AWS4${SECRET}`, day), region), 's3'), 'aws4_request');
    return hmac(key, toSign).toString('hex') === signature;
  }
}

const xmlError = (code: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`;

describe('the S3-compatible file store', () => {
  const s3 = new FakeS3();
  const config = (secretAccessKey = SECRET) => ({
    endpoint: s3.url,
    region: 'cn-henan-1',
    bucket: 'zsb-uploads',
    accessKeyId: ACCESS_KEY,
    secretAccessKey,
    forcePathStyle: true,
  });
  beforeAll(() => s3.start());
  afterAll(() => s3.stop());

  it('puts, gets and deletes objects under uploads/ in the bucket, with signed requests', async () => {
    const store = new S3FileStore(config());
    const bytes = Buffer.from([0, 1, 2, 255, ...Buffer.from('密文')]);
    await store.put('ab/abcdefghijklmnopqrstuv', bytes);
    expect([...s3.objects.keys()]).toEqual(['/zsb-uploads/uploads/ab/abcdefghijklmnopqrstuv']);
    expect((await store.get('ab/abcdefghijklmnopqrstuv'))?.equals(bytes)).toBe(true);
    await store.delete('ab/abcdefghijklmnopqrstuv');
    expect(s3.objects.size).toBe(0);
    expect(await store.get('ab/abcdefghijklmnopqrstuv')).toBeNull();
    expect(s3.seen.map((r) => r.method)).toEqual(['PUT', 'GET', 'DELETE', 'GET']);
    await store.onApplicationShutdown();
  });

  it('fails loudly when the store refuses the signature, and never sends a key it would not generate', async () => {
    const wrong = new S3FileStore(config('not-the-secret'));
    await expect(wrong.put('ab/abcdefghijklmnopqrstuv', Buffer.from('x'))).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
    });
    expect(s3.objects.size).toBe(0);
    const before = s3.seen.length;
    await expect(wrong.get('../../etc/passwd')).rejects.toThrow('invalid storage key');
    expect(s3.seen.length).toBe(before);
    await wrong.onApplicationShutdown();
  });
});
