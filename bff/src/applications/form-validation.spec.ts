import type { FormField } from '@zsb/contracts';
import { checkDelivery, checkValues, type FormShape } from './form-validation';

const field = (over: Partial<FormField> & Pick<FormField, 'key' | 'label' | 'type'>): FormField => ({
  required: true,
  maxLength: 50,
  pattern: null,
  choices: null,
  hint: null,
  locked: false,
  prefill: null,
  ...over,
});

const form: FormShape = {
  fields: [
    field({ key: 'contactPhone', label: '联系电话', type: 'phone' }),
    field({ key: 'moveDate', label: '迁入日期', type: 'date' }),
    field({ key: 'postcode', label: '邮政编码', type: 'text', pattern: '^\\d{6}$' }),
    field({ key: 'kind', label: '类别', type: 'choice', choices: ['城镇', '农村'] }),
  ],
  materials: [],
  delivery: { methods: ['window', 'mail'], windowAddress: '文峰区政务服务中心' },
};

describe('a draft keeps what is half typed; a submission checks it', () => {
  const halfTyped = { contactPhone: '1380000', moveDate: '2026-1', postcode: '455' };

  it('saves half-typed values as a draft and names each problem at submission', () => {
    expect(checkValues(form, halfTyped, { partial: true })).toEqual([]);
    expect(checkValues(form, halfTyped, { partial: false }).map((e) => e.field)).toEqual([
      'values.contactPhone',
      'values.moveDate',
      'values.postcode',
      'values.kind',
    ]);
  });

  it('still refuses in a draft what no keyboard types or the form does not offer', () => {
    expect(checkValues(form, { kind: '外省' }, { partial: true })[0].message).toBe('请从列表里选择类别');
    expect(checkValues(form, { postcode: '45\u0000' }, { partial: true })[0].field).toBe('values.postcode');
    expect(checkValues(form, { unknown: 'x' }, { partial: true })[0].message).toContain('表单里没有这一项');
  });

  it('saves 邮寄到家 with the address missing or half typed, and asks for all of it at submission', () => {
    const half = { method: 'mail' as const, address: { recipient: '张', phone: '138', region: '', detail: '' } };
    expect(checkDelivery(form, { method: 'mail' }, { partial: true })).toEqual([]);
    expect(checkDelivery(form, half, { partial: true })).toEqual([]);
    expect(checkDelivery(form, half).map((e) => e.field)).toEqual([
      'delivery.address.phone',
      'delivery.address.region',
      'delivery.address.detail',
    ]);
    expect(checkDelivery(form, { method: 'mail' })[0].message).toBe('请填写邮寄地址');
    const control = { ...half, address: { ...half.address, detail: '紫薇大道\u0007' } };
    expect(checkDelivery(form, control, { partial: true })[0].field).toBe('delivery.address.detail');
  });
});
