import { describe, expect, it } from '@jest/globals';
import type { ApplicationForm, FormField } from '@zsb/contracts';
import {
  byField,
  checkAll,
  checkDelivery,
  checkMaterials,
  checkValues,
  contentHash,
  fitToForm,
  initialDelivery,
  stepOfField,
} from './applicationForm';
import { randomId } from './randomId';

const field = (key: string, over: Partial<FormField> = {}): FormField => ({
  key,
  label: key === 'reason' ? '申请事由' : key,
  type: 'text',
  required: true,
  maxLength: 60,
  pattern: null,
  choices: null,
  hint: null,
  locked: false,
  prefill: null,
  ...over,
});

const form: ApplicationForm = {
  matterCode: '410500-010203-001',
  matterName: '社会保障卡补领',
  formVersion: 'v1',
  fields: [
    field('applicantName', { locked: true, prefill: '张*国' }),
    field('reason', { type: 'textarea', maxLength: 10 }),
    field('bankAccount', { label: '收款银行卡号', pattern: '^\\d{16,19}$', hint: '本人名下的一类银行卡' }),
    field('insuredPlace', { label: '参保地', type: 'choice', choices: ['文峰区', '滑县'] }),
    field('contactNote', { required: false }),
  ],
  materials: [
    {
      key: 'm1',
      name: '居民身份证',
      required: true,
      note: null,
      licenceType: { code: 'ID', name: '居民身份证', issuer: '公安' },
      accept: ['image', 'pdf'],
      maxFiles: 2,
    },
    { key: 'm2', name: '照片', required: false, note: null, licenceType: null, accept: ['image'], maxFiles: 1 },
  ],
  delivery: { methods: ['window', 'mail'], windowAddress: '文峰区便民服务中心' },
  promisedDays: 5,
};

describe('checking an application form on the phone', () => {
  it('asks for every required open field, never for a locked one', () => {
    const errors = checkValues(form, {}, { partial: false });
    expect(errors.map((e) => e.field)).toEqual(['values.reason', 'values.bankAccount', 'values.insuredPlace']);
    expect(errors[0].message).toBe('请填写申请事由');
    expect(errors[2].message).toBe('请选择参保地');
  });

  it('lets a draft leave required fields empty but still checks what was typed', () => {
    expect(checkValues(form, {}, { partial: true })).toEqual([]);
    expect(checkValues(form, { bankAccount: '123' }, { partial: true })).toEqual([
      { field: 'values.bankAccount', message: '收款银行卡号格式不正确：本人名下的一类银行卡' },
    ]);
  });

  it('counts characters, not UTF-16 units, against the length limit', () => {
    expect(checkValues(form, { reason: '社保卡丢失申请补办啊' }, { partial: true })).toEqual([]);
    expect(checkValues(form, { reason: '社保卡丢失了申请补办啊' }, { partial: true })[0].message).toBe(
      '申请事由太长了，请不超过 10 个字',
    );
  });

  it('takes a choice only from its list', () => {
    expect(checkValues(form, { insuredPlace: '郑州' }, { partial: true })[0].message).toBe('请从列表里选择参保地');
  });

  it('needs every required material, by licence or upload, and no more files than allowed', () => {
    expect(checkMaterials(form, {}, { partial: false })).toEqual([
      { field: 'materials.m1', message: '请使用电子证照或上传居民身份证' },
    ]);
    expect(
      checkMaterials(form, { m1: { kind: 'upload', uploadIds: ['a', 'b', 'c'] } }, { partial: true })[0].message,
    ).toBe('居民身份证最多上传 2 个文件');
    expect(checkMaterials(form, { m1: { kind: 'licence', licenceId: 'lic-1' } }, { partial: false })).toEqual([]);
  });

  it('needs a full mail address only for 邮寄', () => {
    expect(checkDelivery(form, null, { partial: false })[0].field).toBe('delivery.method');
    expect(checkDelivery(form, { method: 'window' }, { partial: false })).toEqual([]);
    const fields = checkDelivery(
      form,
      { method: 'mail', address: { recipient: '张建国', phone: '1380000', region: '', detail: '1 号' } },
      { partial: false },
    ).map((e) => e.field);
    expect(fields).toEqual(['delivery.address.phone', 'delivery.address.region']);
    expect(initialDelivery({ ...form, delivery: { methods: ['window'], windowAddress: null } })).toEqual({
      method: 'window',
    });
  });

  it('finds the step of each field and keeps the first message per field', () => {
    expect(stepOfField('values.reason')).toBe('form');
    expect(stepOfField('materials.m2')).toBe('materials');
    expect(stepOfField('delivery.address.phone')).toBe('delivery');
    expect(
      byField([
        { field: 'a', message: '1' },
        { field: 'a', message: '2' },
      ]),
    ).toEqual({ a: '1' });
    const all = checkAll(form, {
      values: { reason: '丢了', bankAccount: '6217000000000000001', insuredPlace: '滑县' },
      materials: { m1: { kind: 'licence', licenceId: 'x' } },
      delivery: { method: 'window' },
    });
    expect(all).toEqual([]);
  });

  it('keeps only what still fits a changed form', () => {
    const fitted = fitToForm(form, {
      values: { reason: '丢了', applicantName: '李四', gone: 'x' },
      materials: {
        m1: { kind: 'upload', uploadIds: ['a', 'b', 'c'] },
        m2: { kind: 'licence', licenceId: 'l' },
        m9: { kind: 'upload', uploadIds: ['z'] },
      },
      delivery: { method: 'mail' },
    });
    expect(fitted).toEqual({
      values: { reason: '丢了' },
      materials: { m1: { kind: 'upload', uploadIds: ['a', 'b'] } },
      delivery: { method: 'mail' },
    });
  });

  it('fingerprints the content regardless of key order, and tells a change apart', () => {
    const base = { values: { a: '1', b: '2' }, materials: {}, delivery: null };
    expect(contentHash('c', base)).toBe(contentHash('c', { ...base, values: { b: '2', a: '1' } }));
    expect(contentHash('c', base)).not.toBe(contentHash('c', { ...base, values: { a: '1', b: '3' } }));
  });

  it('tells the same answers for a matter and for a theme apart', () => {
    const input = { values: { reason: '退休' }, materials: {}, delivery: { method: 'window' as const } };
    expect(contentHash('theme:T03', input)).not.toBe(contentHash('410500-016020-238', input));
  });
});

describe('ids the app chooses', () => {
  it('fit the draft id and the Idempotency-Key rules, and differ within one millisecond', () => {
    const now = Date.parse('2026-05-05T10:00:00+08:00');
    expect(randomId('d', now)).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(randomId('ap', now)).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
    expect(randomId('d', now)).not.toBe(randomId('d', now));
  });
});
