import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

const MAGIC = Buffer.from('ZSF1');

/**
 * Upload bytes at rest: ID-card photos and household-register pages are personal data, so the file store (a
 * disk or someone else's bucket) holds them AES-256-GCM encrypted, with a random nonce per file and the storage
 * key as associated data (a file copied under another key does not open). Format: `ZSF1 | nonce 12 | tag 16 |
 * ciphertext`. The key is derived from PII_KEY, so it rotates with it.
 */
@Injectable()
export class FileCipher {
  private readonly key: Buffer;

  constructor(config: AppConfig) {
    this.key = createHmac('sha256', Buffer.from(config.security.piiKey, 'base64')).update('upload-file-key').digest();
  }

  seal(plain: Buffer, storageKey: string): Buffer {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce).setAAD(Buffer.from(storageKey));
    const data = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([MAGIC, nonce, cipher.getAuthTag(), data]);
  }

  open(sealed: Buffer, storageKey: string): Buffer {
    if (sealed.length < 32 || !sealed.subarray(0, 4).equals(MAGIC))
      throw new Error('stored upload in an unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(4, 16)).setAAD(Buffer.from(storageKey));
    decipher.setAuthTag(sealed.subarray(16, 32));
    return Buffer.concat([decipher.update(sealed.subarray(32)), decipher.final()]);
  }
}
