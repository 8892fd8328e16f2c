import { ConfigError, loadConfig } from '../config/config.loader';
import { LocalFileStore } from './storage/local-file-store';
import { MemoryFileStore } from './storage/memory-file-store';
import { S3FileStore } from './storage/s3-file-store';
import { fileStoreFor } from './uploads.module';

const s3Env = {
  UPLOAD_S3_ENDPOINT: 'https://oss-cn-zhengzhou.aliyuncs.com',
  UPLOAD_S3_REGION: 'oss-cn-zhengzhou',
  UPLOAD_S3_BUCKET: 'zsb-uploads',
  UPLOAD_S3_ACCESS_KEY_ID: 'LTAI000000000000',
  UPLOAD_S3_SECRET_ACCESS_KEY: 'secret',
  UPLOAD_S3_FORCE_PATH_STYLE: 'false',
};

describe('where uploads are stored', () => {
  it('is the local disk by default, memory with DATA_DIR=memory://, and S3 when configured', () => {
    expect(fileStoreFor(loadConfig({ APP_ENV: 'test' }))).toBeInstanceOf(LocalFileStore);
    expect(fileStoreFor(loadConfig({ APP_ENV: 'test', DATA_DIR: 'memory://' }))).toBeInstanceOf(MemoryFileStore);
    const config = loadConfig({ APP_ENV: 'test', ...s3Env });
    expect(config.uploads.s3).toEqual({
      endpoint: 'https://oss-cn-zhengzhou.aliyuncs.com',
      region: 'oss-cn-zhengzhou',
      bucket: 'zsb-uploads',
      accessKeyId: 'LTAI000000000000',
      secretAccessKey: 'secret',
      forcePathStyle: false,
    });
    const store = fileStoreFor(config);
    expect(store).toBeInstanceOf(S3FileStore);
    expect((store as S3FileStore).kind).toBe('s3');
  });

  it('refuses to start with half an S3 configuration, naming what is missing', () => {
    expect(() => loadConfig({ APP_ENV: 'test', UPLOAD_S3_BUCKET: 'zsb-uploads' })).toThrow(ConfigError);
    expect(() => loadConfig({ APP_ENV: 'test', UPLOAD_S3_BUCKET: 'zsb-uploads' })).toThrow(
      /uploads\.s3\.accessKeyId.*UPLOAD_S3_ACCESS_KEY_ID/,
    );
    expect(() => loadConfig({ APP_ENV: 'test', ...s3Env, UPLOAD_S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /UPLOAD_S3_FORCE_PATH_STYLE \(environment\)/,
    );
  });
});
