import { createHash, createHmac, generateKeyPairSync, type KeyObject, randomBytes, sign } from 'node:crypto';
import { maskLicenceNumber, todayInShanghai } from '@zsb/domain';
import { canonicalJson } from './canonical-json';
import { isoShanghai } from './seed/catalog';
import type { IssuedLicence } from './seed/licence-issue';
import type { Licence, LicenceDocument, LicenceKey, LicenceRow } from './wire';

interface Entry {
  /** The library's own record, as issued or revoked. */
  record: LicenceDocument;
  /** What it serves: the record and its seal, or a tampered copy. */
  served: Licence;
}

// The smallest visible change: the last digit of a value moves on by one (a house number, a date), or 甲 is
// appended when the value has no digit.
function tamperValue(value: string): string {
  const m = /(\d)(\D*)$/.exec(value);
  if (!m) return `${value}甲`;
  return `${value.slice(0, m.index)}${(Number(m[1]) + 1) % 10}${m[2]}`;
}

/**
 * One server's e-licence library: the seeded licences with ids unguessable outside the server (a keyed hash of
 * holder and type under a key drawn at start), each sealed with an Ed25519 key pair drawn at start.
 */
export class LicenceLibrary {
  readonly key: LicenceKey;
  private readonly privateKey: KeyObject;
  private readonly byId = new Map<string, Entry>();
  private readonly byHolder = new Map<string, string[]>();

  constructor(
    issued: readonly IssuedLicence[],
    private readonly clock: () => number,
  ) {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    this.privateKey = privateKey;
    const der = publicKey.export({ type: 'spki', format: 'der' });
    this.key = {
      key_id: `sandbox-ed25519-${createHash('sha256').update(der).digest('hex').slice(0, 16)}`,
      algorithm: 'Ed25519',
      public_key_pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    };
    const idKey = randomBytes(32);
    const today = todayInShanghai(clock());
    for (const l of issued) {
      const licenceId = createHmac('sha256', idKey)
        .update(`${l.holder.id_number}|${l.type_code}`)
        .digest('hex')
        .slice(0, 32);
      const record: LicenceDocument = {
        licence_id: licenceId,
        type_code: l.type_code,
        type_name: l.type_name,
        holder_name: l.holder.name,
        holder_id_number: l.holder.id_number,
        licence_number: l.licence_number,
        issuer: l.issuer,
        issued_on: l.issued_on,
        valid_until: l.valid_until,
        // 有效期至 a day means valid through that day
        status: l.valid_until !== null && l.valid_until < today ? 'expired' : 'valid',
        surface: l.surface.map((f) => ({ ...f })),
      };
      this.byId.set(licenceId, { record, served: this.seal(record) });
      this.byHolder.set(l.holder.id_number, [...(this.byHolder.get(l.holder.id_number) ?? []), licenceId]);
    }
  }

  /** The holder's licences, or none when the name is not the holder's. */
  rowsFor(idNumber: string, name: string): LicenceRow[] {
    return (this.byHolder.get(idNumber) ?? [])
      .map((id) => this.byId.get(id)!.served)
      .filter((l) => l.holder_name === name)
      .map((l) => ({
        licence_id: l.licence_id,
        type_code: l.type_code,
        type_name: l.type_name,
        licence_number_masked: maskLicenceNumber(l.licence_number),
        issuer: l.issuer,
        issued_on: l.issued_on,
        valid_until: l.valid_until,
        status: l.status,
      }));
  }

  get(id: string): Licence | undefined {
    return this.byId.get(id)?.served;
  }

  /** Changes one surface value of what is served and keeps the old seal. False for an unknown id. */
  tamper(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    const surface = entry.served.surface.map((f) => ({ ...f }));
    const target = surface.find((f) => f.label === '住址') ?? surface[0];
    target.value = tamperValue(target.value);
    entry.served = { ...entry.served, surface };
    return true;
  }

  /** Revokes the library's record and seals it again (serving the record, so an earlier tamper is gone). */
  revoke(id: string): boolean {
    const entry = this.byId.get(id);
    if (!entry) return false;
    entry.record = { ...entry.record, status: 'revoked' };
    entry.served = this.seal(entry.record);
    return true;
  }

  private seal(record: LicenceDocument): Licence {
    const signature = sign(null, Buffer.from(canonicalJson(record), 'utf8'), this.privateKey).toString('base64');
    return {
      ...record,
      seal: {
        issuer: record.issuer,
        key_id: this.key.key_id,
        algorithm: 'Ed25519',
        signed_at: isoShanghai(this.clock()),
        signature,
      },
    };
  }
}
