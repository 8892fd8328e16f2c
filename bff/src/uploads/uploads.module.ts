import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { AppConfig } from '../config/app-config';
import { MandatesModule } from '../mandates/mandates.module';
import { FileCipher } from './file-cipher';
import { FileStore } from './storage/file-store.port';
import { LocalFileStore } from './storage/local-file-store';
import { MemoryFileStore } from './storage/memory-file-store';
import { S3FileStore } from './storage/s3-file-store';
import { UploadsController } from './uploads.controller';
import { UploadsRepository } from './uploads.repository';
import { UploadsService } from './uploads.service';

export function fileStoreFor(config: AppConfig): FileStore {
  if (config.uploads.s3) return new S3FileStore(config.uploads.s3);
  if (config.dataDir.startsWith('memory://')) return new MemoryFileStore();
  return new LocalFileStore(join(config.dataDir, 'uploads'));
}

/** Application materials: upload, show to the owner, delete; the applications module attaches them. */
@Module({
  imports: [AuthModule, MandatesModule],
  controllers: [UploadsController],
  providers: [
    UploadsRepository,
    UploadsService,
    FileCipher,
    { provide: FileStore, inject: [AppConfig], useFactory: fileStoreFor },
  ],
  exports: [UploadsService],
})
export class UploadsModule {}
