import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { DisplayCode, DisplayCodeStatus, LicenceVerification } from '@zsb/contracts';
import { maskName, normaliseShortCode, SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH } from '@zsb/domain';
import { ResidentService } from '../auth/resident.service';
import { AppError } from '../common/errors';
import { RateLimits, type LimitSpec } from '../common/rate-limit';
import { randomId } from '../common/random';
import { KeyValueStore } from '../common/kv-store';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import { LicenceLibrary, type LibraryLicence } from '../upstream/licence/licence-library.port';
import { LicenceRecordsRepository } from './licence-records.repository';
import { LicencesService } from './licences.service';

export const DISPLAY_TTL = { min: 60, max: 300, default: 120 };

interface PendingDisplay {
  licenceId: string;
  typeName: string;
  residentId: string;
  fields: string[];
  expiresAt: number;
  /** Where the holder's page reads whether the code was used (absent on codes issued before it existed). */
  statusId?: string;
  /** The store key of its 亮证短码, taken out with the code (absent on codes issued before short codes). */
  shortKey?: string;
}

/** What a 亮证短码 leads to: the id of its QR's code. */
interface ShortDisplay {
  id: string;
}

/** Written when a code is verified, read by its holder's page only. */
interface UsedDisplay {
  residentId: string;
  verifiedAt: string;
  verifierNameMasked: string | null;
}

// The holder's page may ask a while after the code's own deadline (a phone that slept): keep the answer longer.
const STATUS_KEPT_SEC = 600;

/**
 * 亮证码: a one-time code the holder shows as a QR for 60–300 s. The code is `<random id>.<HMAC tag>`: a forged
 * code fails the tag check before any lookup, an expired one is gone from the store, and verifying takes it
 * out of the store in one step, so it cannot be replayed. The verifier sees the live licence (re-read and its
 * seal re-checked at that moment), limited to the fields the holder chose.
 */
const TRIES_PER_CODE = {
  name: 'display-code-tries',
  points: 5,
  durationSec: 600,
  message: '这个亮证码已尝试多次，请对方刷新后重新出示',
};

/**
 * 亮证短码: 8 characters of 32 (≈ 1.1 × 10^12 values) that lead to a QR's code, typed by a verifier who cannot scan.
 * Without a tag to check offline, every wrong one costs a lookup and is a guess among the codes live at that moment;
 * so a verifier has a few misses per 10 minutes and per day (a right code gives its try back, so a window typing code
 * after code is never stopped), and the whole service a ceiling of misses (config
 * security.shortCodeMissesPer10Min), past which typing is refused for everyone while the QR still works. With 10,000
 * codes live at once and the ceiling of 300 per 10 minutes reached all day long, a guess succeeds about once in
 * 2,500 days; each success reads one field set once, and its holder sees 已被核验 by a name they do not know.
 */
const SHORT_MISSES_PER_VERIFIER: LimitSpec = {
  name: 'display-short-verifier',
  points: 10,
  durationSec: 600,
  message: '短码输错次数太多，请 10 分钟后再试，或扫描对方的二维码核验',
};
const SHORT_MISSES_PER_VERIFIER_DAY: LimitSpec = {
  name: 'display-short-verifier-day',
  points: 30,
  durationSec: 86_400,
  message: '今天短码输错次数太多，请扫描对方的二维码核验',
};
const SHORT_ALL = 'all';

@Injectable()
export class DisplayCodesService {
  private readonly logger = new Logger('DisplayCodes');
  private readonly tagKey: Buffer;
  private readonly shortMissesOverall: LimitSpec;

  constructor(
    config: AppConfig,
    private readonly kv: KeyValueStore,
    private readonly licences: LicencesService,
    private readonly library: LicenceLibrary,
    private readonly records: LicenceRecordsRepository,
    private readonly limits: RateLimits,
    private readonly residents: ResidentService,
  ) {
    // Its own key, derived so that a display-code tag can never double as any other HMAC of the system.
    this.tagKey = createHmac('sha256', Buffer.from(config.security.piiHashKey, 'base64'))
      .update('display-code-tag')
      .digest();
    this.shortMissesOverall = {
      name: 'display-short-all',
      points: config.security.shortCodeMissesPer10Min,
      durationSec: 600,
      message: '现在输入短码核验的人太多，请扫描对方的二维码核验',
    };
  }

  async issue(
    residentId: string,
    licenceId: string,
    fields: string[],
    ttlSec = DISPLAY_TTL.default,
  ): Promise<DisplayCode> {
    const use = {
      id: randomId(),
      residentId,
      licenceId,
      action: 'display' as const,
      actor: 'self' as const,
      purpose: `出示亮证码（${fields.join('、')}）`,
    };
    // The usual way here is wallet → licence → 亮证, so the licence was seen as theirs moments ago: its log row is
    // then written while the live licence is read, not after it (the durable write adds nothing to the wait).
    // Whatever refuses after the row is written takes the row back before the refusal is answered.
    const seenType = this.licences.recentlySeenType(residentId, licenceId);
    let logged = seenType ? this.records.logUse({ ...use, typeName: seenType }) : undefined;
    try {
      const [licence, shortCode] = await Promise.all([
        this.checked(residentId, licenceId, fields),
        this.freshShortCode(),
        logged,
      ]);
      logged ??= this.records.logUse({ ...use, typeName: licence.typeName });
      await logged;
      const id = randomId();
      const code = `${id}.${this.tag(id)}`;
      const statusId = randomId();
      const expiresAt = Date.now() + ttlSec * 1000;
      const shortKey = this.shortKey(shortCode);
      await Promise.all([
        this.kv.setJson(
          this.key(id),
          {
            licenceId,
            typeName: licence.typeName,
            residentId,
            fields,
            expiresAt,
            statusId,
            shortKey,
          } satisfies PendingDisplay,
          ttlSec,
        ),
        this.kv.setJson(shortKey, { id } satisfies ShortDisplay, ttlSec),
      ]);
      return { code, shortCode, statusId, expiresAt: toShanghaiIso(new Date(expiresAt)), ttlSec, fields };
    } catch (err) {
      // If taking it back fails too, the row stays as a record of the attempt.
      if (
        logged &&
        (await logged.then(
          () => true,
          () => false,
        ))
      )
        await this.records.withdrawUse(residentId, use.id).catch(() => undefined);
      throw err;
    }
  }

  /** The live licence, if it is this resident's, valid, sealed, and shows every field asked for. */
  private async checked(residentId: string, licenceId: string, fields: string[]): Promise<LibraryLicence> {
    const licence = await this.licences.own(residentId, licenceId);
    if (licence.status !== 'valid' || !licence.sealValid) throw new AppError('LICENCE_NOT_VALID');
    const known = new Set(licence.surface.map((f) => f.label));
    const unknown = fields.filter((f) => !known.has(f));
    if (unknown.length)
      throw new AppError('VALIDATION_FAILED', `证照上没有这些项目：${unknown.join('、')}`, [
        { field: 'fields', message: '请从证照的项目中选择' },
      ]);
    return licence;
  }

  /**
   * A short code none live has: 8 uniform draws from the alphabet. Two live codes sharing one would hand the
   * second holder's licence to the first one's verifier, so a code in use is drawn again (with a few thousand live
   * among 10^12 values, a second draw is a one-in-a-hundred-million event).
   */
  private async freshShortCode(): Promise<string> {
    for (let i = 0; ; i++) {
      let code = '';
      for (let j = 0; j < SHORT_CODE_LENGTH; j++) code += SHORT_CODE_ALPHABET[randomInt(SHORT_CODE_ALPHABET.length)];
      if (i >= 4 || !(await this.kv.getJson<ShortDisplay>(this.shortKey(code)))) return code;
    }
  }

  /** `code` is the QR's code or a short code as typed; either spends both. */
  async verify(verifierResidentId: string, code: string): Promise<LicenceVerification> {
    const short = code.includes('.') ? null : normaliseShortCode(code);
    if (short) return this.verifyShort(verifierResidentId, short);
    const [id, tag] = code.split('.');
    if (!id || !tag) throw new AppError('DISPLAY_CODE_INVALID');
    // Per code, whoever scans and from wherever: a code is shown to one verifier once; tries beyond a few are guesses.
    await this.limits.consume(TRIES_PER_CODE, id);
    if (!this.tagMatches(id, tag)) throw new AppError('DISPLAY_CODE_INVALID');
    return this.spend(verifierResidentId, id);
  }

  private async verifyShort(verifierResidentId: string, short: string): Promise<LicenceVerification> {
    // Every try takes a point before the lookup; a right one gives them back, so what is counted is misses.
    await this.limits.consume(SHORT_MISSES_PER_VERIFIER, verifierResidentId);
    await this.limits.consume(SHORT_MISSES_PER_VERIFIER_DAY, verifierResidentId);
    await this.limits.consume(this.shortMissesOverall, SHORT_ALL);
    const found = await this.kv.take<ShortDisplay>(this.shortKey(short));
    // Unknown, used and expired all answer alike, and as a wrong QR does.
    if (!found) throw new AppError('DISPLAY_CODE_INVALID');
    await Promise.all([
      this.limits.refund(SHORT_MISSES_PER_VERIFIER, verifierResidentId),
      this.limits.refund(SHORT_MISSES_PER_VERIFIER_DAY, verifierResidentId),
      this.limits.refund(this.shortMissesOverall, SHORT_ALL),
    ]).catch(() => undefined);
    return this.spend(verifierResidentId, found.id);
  }

  /** Takes the code out of the store (its short code with it) and answers what the holder chose to show. */
  private async spend(verifierResidentId: string, id: string): Promise<LicenceVerification> {
    const pending = await this.kv.take<PendingDisplay>(this.key(id));
    // Only tidying: the short code leads to this code, which is taken now, so it verifies nothing any more. Not
    // awaited: while Redis hangs a delete may wait out its timeout, and the verifier must not wait for it.
    if (pending?.shortKey) void this.kv.delete(pending.shortKey).catch(() => undefined);
    // The store's TTL is in whole seconds; the code's own deadline is to the millisecond.
    if (!pending || pending.expiresAt <= Date.now()) throw new AppError('DISPLAY_CODE_INVALID');
    // The code is spent from here on, whatever the library answers: the holder's log says so at once, written
    // while the live licence is read (the row does not wait on the read, nor the answer on a second round trip).
    const [licence] = await Promise.all([
      this.library.get(pending.licenceId),
      this.records.logUse({
        id: randomId(),
        residentId: pending.residentId,
        licenceId: pending.licenceId,
        typeName: pending.typeName ?? '电子证照', // codes issued before typeName was kept (≤ 300 s after a deploy)
        action: 'verify',
        actor: 'verifier',
        actorResidentId: verifierResidentId,
        purpose: '扫码核验亮证码',
      }),
    ]);
    if (!licence) throw new AppError('DISPLAY_CODE_INVALID');
    const verifiedAt = toShanghaiIso(new Date());
    if (pending.statusId) await this.markUsed(pending.statusId, pending.residentId, verifierResidentId, verifiedAt);
    const chosen = new Set(pending.fields);
    return {
      typeName: licence.typeName,
      issuer: licence.issuer,
      status: licence.status,
      verified: licence.sealValid && licence.status === 'valid',
      holderNameMasked: maskName(licence.holderName),
      fields: licence.surface.filter((f) => chosen.has(f.label)),
      verifiedAt,
    };
  }

  /**
   * Whether the holder's code was used, for the holder only: another resident's status id, an unknown one and one
   * not yet used all answer "not verified", so the answer tells a stranger nothing.
   */
  async status(residentId: string, statusId: string): Promise<DisplayCodeStatus> {
    const used = await this.kv.getJson<UsedDisplay>(this.statusKey(statusId));
    if (!used || used.residentId !== residentId) return { verified: false, verifiedAt: null, verifierNameMasked: null };
    return { verified: true, verifiedAt: used.verifiedAt, verifierNameMasked: used.verifierNameMasked };
  }

  private async markUsed(statusId: string, holderId: string, verifierId: string, verifiedAt: string): Promise<void> {
    // The verifier already has the answer coming; a store that fails here only leaves the holder's page counting down.
    try {
      const verifierNameMasked = (await this.residents.maskedNameOf(verifierId)) ?? null;
      await this.kv.setJson(
        this.statusKey(statusId),
        { residentId: holderId, verifiedAt, verifierNameMasked } satisfies UsedDisplay,
        STATUS_KEPT_SEC,
      );
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'display code used, but its status was not stored');
    }
  }

  private statusKey(statusId: string): string {
    return `display-status:${statusId}`;
  }

  private key(id: string): string {
    return `display-code:${id}`;
  }

  /** The store holds no short code in the clear: a dump of it gives no typeable code. */
  private shortKey(short: string): string {
    return `display-short:${createHmac('sha256', this.tagKey).update(`short:${short}`).digest('base64url')}`;
  }

  private tag(id: string): string {
    return createHmac('sha256', this.tagKey).update(id).digest('base64url').slice(0, 22);
  }

  private tagMatches(id: string, tag: string): boolean {
    const expected = Buffer.from(this.tag(id));
    const given = Buffer.from(tag);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
