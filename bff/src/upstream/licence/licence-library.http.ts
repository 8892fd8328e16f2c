import { createHash, createPublicKey, type KeyObject, verify } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import canonicalize from 'canonicalize';
import { z } from 'zod';
import { TtlCache } from '../../common/ttl-cache';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { LicenceLibrary, type LibraryLicence, type LibraryLicenceRow } from './licence-library.port';
import { keysWire, licenceWire, rowWire } from './licence.wire';

const rowsWire = z.object({ rows: z.array(rowWire) });

@Injectable()
export class LicenceLibraryHttp extends LicenceLibrary {
  private readonly http: UpstreamHttp;
  // The library's public keys by id; an unknown id (a rotated key) reloads them once.
  private keys = new Map<string, KeyObject>();
  private keysLoading: Promise<void> | null = null;
  // Seals already checked: key + signature → SHA-256 of the exact document it was valid for (a digest, so
  // no licence content stays in memory). The same bytes under the same seal need no second Ed25519 check;
  // anything different (a tampered field) is checked afresh.
  private readonly checkedSeals = new TtlCache<string, string>(10 * 60_000, 20_000);

  constructor(config: AppConfig) {
    super();
    this.http = new UpstreamHttp(
      'licence-library',
      baseUrlOf(config.upstream, config.upstream.licenceUrl),
      config.upstream,
    );
  }

  async listByHolder(idNumber: string, name: string): Promise<LibraryLicenceRow[]> {
    const d = await this.http.envelope(
      'read',
      { method: 'POST', url: '/licence/v1/licences/query', data: { holder_id_number: idNumber, holder_name: name } },
      rowsWire,
    );
    return d.rows.map((r) => ({
      licenceId: r.licence_id,
      typeCode: r.type_code,
      typeName: r.type_name,
      numberMasked: r.licence_number_masked,
      issuer: r.issuer,
      issuedOn: r.issued_on.slice(0, 10),
      validUntil: r.valid_until?.slice(0, 10) ?? null,
      status: r.status,
    }));
  }

  async get(licenceId: string): Promise<LibraryLicence | null> {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(licenceId)) return null;
    const url = `/licence/v1/licences/${licenceId}`;
    const answer = await this.http.send('read', { method: 'GET', url });
    // A 404 is an answer (no such licence), not a fault.
    if (answer.status === 404) return null;
    const d = this.http.unwrap(answer, licenceWire, url);
    const { seal, ...document } = d;
    return {
      licenceId: d.licence_id,
      typeCode: d.type_code,
      typeName: d.type_name,
      holderName: d.holder_name,
      holderIdNumber: d.holder_id_number,
      number: d.licence_number,
      issuer: d.issuer,
      issuedOn: d.issued_on.slice(0, 10),
      validUntil: d.valid_until?.slice(0, 10) ?? null,
      status: d.status,
      surface: d.surface,
      seal: seal
        ? { issuer: seal.issuer, keyId: seal.key_id, algorithm: seal.algorithm, signedAt: seal.signed_at }
        : null,
      sealValid: seal ? await this.sealValid(document, seal) : false,
    };
  }

  /**
   * Ed25519 over the RFC 8785 canonical JSON of the licence without its seal. In production the library seals
   * with SM2 (GB/T 32918) and this check moves to an SM2 verifier; nothing else changes.
   */
  private async sealValid(
    document: object,
    seal: { key_id: string; algorithm: string; signature: string },
  ): Promise<boolean> {
    if (seal.algorithm !== 'Ed25519') return false;
    const key = await this.key(seal.key_id);
    if (!key) return false;
    // The memo's fingerprint is of JSON.stringify (native, fast), not of the canonical form (canonicalize was 10% of a
    // 亮证 request's allocations): it only has to tell "exactly this document again" from anything else, and any
    // changed value changes it. A document that differs only in key order misses and is checked in full.
    const memo = `${seal.key_id} ${seal.signature}`;
    const digest = createHash('sha256').update(JSON.stringify(document)).digest('base64');
    if (this.checkedSeals.get(memo) === digest) return true;
    const bytes = canonicalize(document);
    if (bytes === undefined) return false;
    try {
      const valid = verify(null, Buffer.from(bytes, 'utf8'), key, Buffer.from(seal.signature, 'base64'));
      if (valid) this.checkedSeals.set(memo, digest);
      return valid;
    } catch {
      return false;
    }
  }

  private async key(keyId: string): Promise<KeyObject | undefined> {
    if (!this.keys.has(keyId)) {
      // One reload for everyone who meets the new key at once (ten 亮证 in the first second made ten reloads).
      this.keysLoading ??= this.loadKeys().finally(() => (this.keysLoading = null));
      await this.keysLoading;
    }
    return this.keys.get(keyId);
  }

  private async loadKeys(): Promise<void> {
    const d = await this.http.envelope('read', { method: 'GET', url: '/licence/v1/keys' }, keysWire);
    this.keys = new Map(
      d.keys.filter((k) => k.algorithm === 'Ed25519').map((k) => [k.key_id, createPublicKey(k.public_key_pem)]),
    );
  }
}
