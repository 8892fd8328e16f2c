import type { S3Client } from '@aws-sdk/client-s3';
import type { AppConfigShape } from '../../config/config.schema';
import { assertStorageKey, FileStore } from './file-store.port';

type S3Config = NonNullable<AppConfigShape['uploads']['s3']>;
type Sdk = typeof import('@aws-sdk/client-s3');

const PREFIX = 'uploads/';

/**
 * An S3-compatible bucket (AWS S3, MinIO, Aliyun OSS, Tencent COS, Huawei OBS) through @aws-sdk/client-s3. The
 * SDK (about 20 MB in memory) is loaded on first use, so a BFF storing on local disk never loads it.
 */
export class S3FileStore extends FileStore {
  readonly kind = 's3';
  private sdk?: Promise<{ sdk: Sdk; client: S3Client }>;

  constructor(private readonly config: S3Config) {
    super();
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(
      new sdk.PutObjectCommand({
        Bucket: this.config.bucket,
        Key: this.keyOf(key),
        Body: bytes,
        ContentType: 'application/octet-stream',
      }),
    );
  }

  async get(key: string): Promise<Buffer | null> {
    const { sdk, client } = await this.connect();
    try {
      const res = await client.send(new sdk.GetObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key) }));
      if (!res.Body) return null;
      return Buffer.from(await res.Body.transformToByteArray());
    } catch (e) {
      if (e instanceof sdk.S3ServiceException && (e.name === 'NoSuchKey' || e.$metadata.httpStatusCode === 404))
        return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    const { sdk, client } = await this.connect();
    await client.send(new sdk.DeleteObjectCommand({ Bucket: this.config.bucket, Key: this.keyOf(key) }));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.sdk) (await this.sdk).client.destroy();
  }

  private connect(): Promise<{ sdk: Sdk; client: S3Client }> {
    this.sdk ??= import('@aws-sdk/client-s3').then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        endpoint: this.config.endpoint ?? undefined,
        region: this.config.region,
        forcePathStyle: this.config.forcePathStyle,
        credentials: { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey },
        // The SDK's default CRC checksums on every request are not understood by many S3-compatible stores;
        // send them only where S3 requires them (the body is covered by the SigV4 payload hash anyway).
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
        requestHandler: { connectionTimeout: 3000, requestTimeout: 30_000 },
      }),
    }));
    return this.sdk;
  }

  private keyOf(key: string): string {
    assertStorageKey(key);
    return `${PREFIX}${key}`;
  }
}
