import { randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IdentitySmsCodeSent } from '@zsb/contracts';
import { maskPhone } from '@zsb/domain';
import { AppError } from '../../common/errors';
import { KeyValueStore } from '../../common/kv-store';
import { PiiCipher } from '../../common/pii-cipher';
import { RateLimits } from '../../common/rate-limit';
import { AppConfig } from '../../config/app-config';
import { SmsGateway, type SmsTemplate } from '../../upstream/sms/sms-gateway.port';

const MAX_CODE_ATTEMPTS = 5;

/**
 * Why a code was sent, which also keeps codes apart: a code to the phone being verified cannot answer the step
 * that needs the phone on file, nor a window's code the resident's own.
 */
export type ProofPurpose = 'realname' | 'phone-on-file' | 'window' | 'mandate' | 'handover';

const TEMPLATE: Record<ProofPurpose, SmsTemplate> = {
  realname: 'REALNAME_VERIFY',
  'phone-on-file': 'ACCOUNT_LINK_VERIFY',
  window: 'REALNAME_VERIFY',
  // 委托: the text names who will act and for what, so the principal knows what the code agrees to.
  mandate: 'MANDATE_GRANT_VERIFY',
  // 交付: the principal confirms they have the result in hand.
  handover: 'HANDOVER_VERIFY',
};

// Per phone number, whoever asks and from wherever: a phone cannot be flooded with codes, and the budget of
// guesses at one phone's codes does not grow with the number of accounts or addresses an attacker has.
const perPhone = (limits: { perMinute: number; perHour: number; perDay: number }) => [
  {
    name: 'sms-phone-minute',
    points: limits.perMinute,
    durationSec: 60,
    message: '验证码已发送到这个手机号，请 1 分钟后再重新获取',
  },
  {
    name: 'sms-phone-hour',
    points: limits.perHour,
    durationSec: 3600,
    message: '这个手机号 1 小时内收到的验证码太多了，请稍后再试',
  },
  {
    name: 'sms-phone-day',
    points: limits.perDay,
    durationSec: 86_400,
    message: '这个手机号今天收到的验证码太多了，请明天再试或到便民服务中心窗口办理',
  },
];
// Everyone together: a ceiling on what the SMS gateway can be made to send (and cost) in a minute.
const GLOBAL = { name: 'sms-global-minute', durationSec: 60, message: '现在获取验证码的人太多了，请 1 分钟后再试' };

interface PendingCode {
  phoneHash: string;
  codeHash: string;
  attempts: number;
}

/** Something the person has: a code sent to a phone, typed back. Codes are stored only as keyed hashes. */
@Injectable()
export class PhoneProof {
  constructor(
    private readonly config: AppConfig,
    private readonly kv: KeyValueStore,
    private readonly cipher: PiiCipher,
    private readonly sms: SmsGateway,
    private readonly limits: RateLimits,
  ) {}

  private key(purpose: ProofPurpose, owner: string): string {
    return `phone-proof:${purpose}:${owner}`;
  }

  /**
   * Sends a code for `owner` (the asking resident or staff member, or a pending request) to `phone`; `params` are
   * the template's other words (a 委托's helper and matters).
   */
  async send(
    purpose: ProofPurpose,
    owner: string,
    phone: string,
    params: Record<string, string> = {},
  ): Promise<IdentitySmsCodeSent> {
    const phoneHash = this.cipher.blindIndex('phone', phone);
    for (const rule of perPhone(this.config.auth.smsPerPhone)) await this.limits.consume(rule, phoneHash);
    await this.limits.consume({ ...GLOBAL, points: this.config.auth.smsPerMinute }, 'all');
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const pending: PendingCode = { phoneHash, codeHash: this.codeHash(purpose, owner, code), attempts: 0 };
    // Sent first, stored after: a code the gateway never delivered must not be waiting to be guessed.
    await this.sms.send(phone, TEMPLATE[purpose], { ...params, code });
    await this.kv.setJson(this.key(purpose, owner), pending, this.config.auth.smsCodeTtlSec);
    return {
      phoneMasked: maskPhone(phone),
      expiresInSec: this.config.auth.smsCodeTtlSec,
      resendAfterSec: this.config.auth.smsResendSec,
    };
  }

  /**
   * Refuses with SMS_CODE_INVALID unless `code` is the one sent to `phone` for this purpose and owner. A wrong try
   * costs one of five attempts; the code is used up by `consume` once the step it proves has succeeded.
   */
  async check(purpose: ProofPurpose, owner: string, phone: string, code: string): Promise<void> {
    const key = this.key(purpose, owner);
    const pending = await this.kv.getJson<PendingCode>(key);
    if (!pending) throw new AppError('SMS_CODE_INVALID');
    const expected = Buffer.from(pending.codeHash);
    const given = Buffer.from(this.codeHash(purpose, owner, code));
    const phoneMatches = pending.phoneHash === this.cipher.blindIndex('phone', phone);
    if (phoneMatches && expected.length === given.length && timingSafeEqual(expected, given)) return;
    if (pending.attempts + 1 >= MAX_CODE_ATTEMPTS) await this.kv.delete(key);
    else await this.kv.setJson(key, { ...pending, attempts: pending.attempts + 1 }, this.config.auth.smsCodeTtlSec);
    throw new AppError('SMS_CODE_INVALID');
  }

  async consume(purpose: ProofPurpose, owner: string): Promise<void> {
    await this.kv.delete(this.key(purpose, owner));
  }

  /** A notice, not a code (the old number after a phone change): counted in the global ceiling only. */
  async notify(phone: string, template: SmsTemplate, params: Record<string, string>): Promise<void> {
    await this.limits.consume({ ...GLOBAL, points: this.config.auth.smsPerMinute }, 'all');
    await this.sms.send(phone, template, params);
  }

  private codeHash(purpose: ProofPurpose, owner: string, code: string): string {
    return this.cipher.blindIndex('sms-code', `${purpose}:${owner}:${code}`);
  }
}
