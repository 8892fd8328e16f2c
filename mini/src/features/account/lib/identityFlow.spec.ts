import { describe, expect, it } from '@jest/globals';
import type { ResidentProfile } from '@zsb/contracts';
import {
  actionLabel,
  LOOK_AT_FIELDS,
  afterPhoneOnFileError,
  afterSubmitError,
  afterWindowCodeError,
  firstStep,
  sourceFor,
  type ErrorFacts,
} from './identityFlow';

const refused = (code: string, extra: Partial<ErrorFacts> = {}): ErrorFacts => ({
  code,
  message: `服务器说：${code}`,
  requestId: 'r1',
  noAnswer: false,
  ...extra,
});

describe('实名认证 refused: what the resident sees and can do next', () => {
  it('a phone not in the resident’s name: change the phone or go to a window, keeping what was typed', () => {
    const r = afterSubmitError(refused('IDENTITY_PHONE_NOT_REGISTERED'), 'typed');
    expect(r.refusal.actions).toEqual(['change-phone', 'window']);
    expect(r.refusal.message).toBe('服务器说：IDENTITY_PHONE_NOT_REGISTERED');
    expect(r.problems.phone).toBeDefined();
    expect(r.step).toBeUndefined();
  });

  it('an ID number verified with another phone: a button to prove that phone (named masked), or a window; the used code is emptied', () => {
    const r = afterSubmitError(refused('IDENTITY_PHONE_PROOF_REQUIRED', { phoneOnFileMasked: '138****0001' }), 'typed');
    expect(r.refusal.actions).toEqual(['phone-on-file', 'window']);
    expect(r.refusal.phoneOnFileMasked).toBe('138****0001');
    expect(actionLabel('phone-on-file', r.refusal.phoneOnFileMasked)).toBe('用 138****0001 接收验证码');
    expect(r.clearCode).toBe(true);
    // Without a phone on file to send to, only the window is left.
    expect(afterSubmitError(refused('IDENTITY_PHONE_PROOF_REQUIRED'), 'typed').refusal.actions).toEqual(['window']);
  });

  it('an account verified as someone else leads back to 我的, nowhere else', () => {
    expect(afterSubmitError(refused('IDENTITY_ALREADY_VERIFIED'), 'typed').refusal.actions).toEqual(['mine']);
  });

  it('marks the field a wrong code, ID number or missing consent belongs to, in the server’s words', () => {
    const code = afterSubmitError(refused('SMS_CODE_INVALID'), 'typed');
    expect(code.problems).toEqual({ smsCode: '服务器说：SMS_CODE_INVALID' });
    // Beside the button only where to look, not the same words twice.
    expect(code.refusal.message).toBe(LOOK_AT_FIELDS);
    expect(afterSubmitError(refused('ID_NUMBER_INVALID'), 'typed').problems).toEqual({
      idNumber: '服务器说：ID_NUMBER_INVALID',
    });
    expect(afterSubmitError(refused('CONSENT_REQUIRED'), 'typed').problems).toEqual({
      consent: '服务器说：CONSENT_REQUIRED',
    });
  });

  it('a name that does not match marks name and ID number only when the resident typed them', () => {
    expect(Object.keys(afterSubmitError(refused('IDENTITY_MISMATCH'), 'typed').problems)).toEqual(['name', 'idNumber']);
    expect(afterSubmitError(refused('IDENTITY_MISMATCH'), 'sign-in').problems).toEqual({});
    expect(afterSubmitError(refused('IDENTITY_MISMATCH'), 'sign-in').refusal.actions).toEqual(['window']);
  });

  it('asks for name and ID number when the sign-in identity is no longer there', () => {
    const r = afterSubmitError(
      refused('VALIDATION_FAILED', { details: [{ field: 'useSignInIdentity', message: '请填写姓名和身份证号' }] }),
      'sign-in',
    );
    expect(r.source).toBe('typed');
    const fields = afterSubmitError(
      refused('VALIDATION_FAILED', {
        details: [
          { field: 'phone', message: '手机号不对' },
          { field: 'other', message: 'x' },
        ],
      }),
      'typed',
    );
    expect(fields.problems).toEqual({ phone: '手机号不对' });
  });

  it('no answer offers the same request again; an ended sign-in leads to 我的', () => {
    expect(afterSubmitError(refused('NETWORK_FAILED', { noAnswer: true }), 'typed').refusal.actions).toEqual(['retry']);
    expect(afterSubmitError(refused('AUTH_REQUIRED'), 'typed').refusal.actions).toEqual(['mine']);
    // The request id only where nobody expected the answer (for the 12345 hotline), not on an ordinary refusal.
    expect(afterSubmitError(refused('NETWORK_FAILED', { noAnswer: true }), 'typed').refusal.requestId).toBe('r1');
    expect(afterSubmitError(refused('INTERNAL_ERROR'), 'typed').refusal.requestId).toBe('r1');
    expect(afterSubmitError(refused('IDENTITY_PHONE_NOT_REGISTERED'), 'typed').refusal.requestId).toBeUndefined();
    expect(afterSubmitError(refused('RATE_LIMITED', { noAnswer: true }), 'typed').refusal.actions).toEqual(['window']);
  });
});

describe('the phone-on-file step refused', () => {
  it('a wrong code stays on the step, marked at the box', () => {
    const r = afterPhoneOnFileError(refused('SMS_CODE_INVALID'));
    expect(r.step).toBeUndefined();
    expect(r.problems.smsCode).toBeDefined();
  });

  it('an expired step goes back to the form as typed, with the used code emptied', () => {
    const r = afterPhoneOnFileError(refused('IDENTITY_STEP_EXPIRED'));
    expect(r.step).toEqual({ kind: 'form' });
    expect(r.clearCode).toBe(true);
    expect(r.refusal.message).toBe('服务器说：IDENTITY_STEP_EXPIRED');
  });

  it('asking for a window code again is offered when it failed', () => {
    expect(afterWindowCodeError(refused('INTERNAL_ERROR')).refusal.actions).toEqual(['retry']);
    expect(afterWindowCodeError(refused('RATE_LIMITED', { noAnswer: true })).refusal.actions).toEqual([]);
    expect(afterWindowCodeError(refused('AUTH_TOKEN_INVALID')).refusal.actions).toEqual(['mine']);
  });
});

describe('where the page starts', () => {
  const base: ResidentProfile = { id: 'r', verified: false, signInMethods: ['h5'] };
  it('shows a verified resident their identity, and asks an H5 resident only for the phone', () => {
    expect(firstStep({ ...base, verified: true }).kind).toBe('done');
    expect(firstStep(base)).toEqual({ kind: 'form' });
    expect(sourceFor(base)).toBe('typed');
    expect(
      sourceFor({
        ...base,
        signInIdentity: { nameMasked: '张*国', idNumberMasked: '4105**********0036', phoneMasked: '138****0001' },
      }),
    ).toBe('sign-in');
  });
});
