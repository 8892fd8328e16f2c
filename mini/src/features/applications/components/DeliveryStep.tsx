import { Input, Text, View } from '@tarojs/components';
import type { Delivery, DeliveryMethod, MailAddress } from '@zsb/contracts';
import type { FormShape } from '@/lib/applicationForm';

interface Props {
  form: Pick<FormShape, 'delivery'>;
  /** What is applied for, in words: 这个事项, or 这几件事 for a theme. */
  subject?: string;
  delivery: Delivery | null;
  /** The address used last time on this phone, offered while the boxes are empty. */
  suggestion: MailAddress | null;
  errors: Record<string, string>;
  onChange: (delivery: Delivery) => void;
}

const METHOD_TEXT: Record<DeliveryMethod, { title: string; hint: string }> = {
  window: { title: '窗口领取', hint: '办好后带身份证到办理窗口领取' },
  mail: { title: '邮寄到家', hint: 'EMS 政务专递，免费寄到您填的地址' },
};

const EMPTY: MailAddress = { recipient: '', phone: '', region: '', detail: '' };

const ADDRESS_FIELDS: {
  key: keyof MailAddress;
  label: string;
  placeholder: string;
  type: 'text' | 'number';
  max: number;
}[] = [
  { key: 'recipient', label: '收件人', placeholder: '收件人姓名', type: 'text', max: 20 },
  { key: 'phone', label: '手机号', placeholder: '11 位手机号', type: 'number', max: 11 },
  { key: 'region', label: '所在地区', placeholder: '例如 河南省安阳市林州市任村镇', type: 'text', max: 60 },
  { key: 'detail', label: '详细地址', placeholder: '村、街道、门牌号', type: 'text', max: 100 },
];

/** How the result comes back: at the window (with its address) or by mail to an address the resident types. */
export function DeliveryStep({ form, subject = '这个事项', delivery, suggestion, errors, onChange }: Props) {
  const method = delivery?.method ?? null;
  const address = delivery?.address ?? EMPTY;
  const empty = Object.values(address).every((v) => v.trim() === '');
  return (
    <View className="section e2e-delivery-step">
      <View className="section__head">
        <Text className="section__title">怎样领取办理结果</Text>
      </View>
      <View className="ap-methods" ariaRole="radiogroup">
        {form.delivery.methods.map((m) => (
          <View
            key={m}
            className={`ap-method e2e-delivery-${m} ${method === m ? 'ap-method--on' : ''}`}
            ariaRole="radio"
            aria-checked={method === m ? 'true' : 'false'}
            onClick={() => onChange(m === 'mail' ? { method: 'mail', address } : { method: 'window' })}
          >
            <Text className="ap-method__title">
              {method === m ? '✓ ' : ''}
              {METHOD_TEXT[m].title}
            </Text>
            <Text className="ap-method__hint">{METHOD_TEXT[m].hint}</Text>
          </View>
        ))}
      </View>
      {form.delivery.methods.length === 1 && <Text className="muted">{subject}办好后只能到窗口领取</Text>}
      {errors['delivery.method'] && (
        <View className="fm-field__error e2e-field-error">{errors['delivery.method']}</View>
      )}

      {method === 'window' && (
        <View className="ap-window e2e-delivery-window-address">
          <Text className="ap-window__label">领取地点</Text>
          <Text className="ap-window__text">{form.delivery.windowAddress ?? '办事指南所列的办理地点'}</Text>
        </View>
      )}

      {method === 'mail' && suggestion && empty && (
        <View
          className="chip ap-address__suggest e2e-address-suggest"
          ariaRole="button"
          onClick={() => onChange({ method: 'mail', address: suggestion })}
        >
          用上次的地址：{suggestion.recipient} {suggestion.region}
          {suggestion.detail}
        </View>
      )}
      {method === 'mail' && (
        <View className="ap-address e2e-address">
          {ADDRESS_FIELDS.map((f) => {
            const error = errors[`delivery.address.${f.key}`];
            return (
              <View
                key={f.key}
                className={`fm-field fm-field--plain e2e-address-${f.key} ${error ? 'fm-field--error' : ''}`}
              >
                <Text className="fm-field__label">{f.label}</Text>
                <Input
                  className="fm-field__input"
                  type={f.type}
                  value={address[f.key]}
                  maxlength={f.max}
                  placeholder={f.placeholder}
                  onInput={(e) => onChange({ method: 'mail', address: { ...address, [f.key]: e.detail.value } })}
                />
                {error ? <View className="fm-field__error e2e-field-error">{error}</View> : null}
              </View>
            );
          })}
        </View>
      )}
    </View>
  );
}
