import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { meApi } from '../../../api/me';
import { asApiError } from '../../../api/errors';
import { PageShell } from '../../../components/PageShell';
import { back } from '../../../navigate';
import { saveSession, updateResident } from '../../../stores/session';
import { checkForm, isPhone, type FieldProblems, type IdentityForm } from './checks';
import { ConsentNote } from './ConsentNote';
import '../account.css';

const EMPTY: IdentityForm = { name: '', idNumber: '', phone: '', smsCode: '', consent: false };

/** 实名认证: name + ID number checked by the provincial identity service, the phone by an SMS code. */
export default function IdentityPage() {
  const [form, setForm] = useState<IdentityForm>(EMPTY);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [alert, setAlert] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [wait, setWait] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    if (wait <= 0) return undefined;
    const t = setTimeout(() => setWait(wait - 1), 1000);
    return () => clearTimeout(t);
  }, [wait]);

  const set = (field: keyof IdentityForm) => (value: string | boolean) => {
    setForm((f) => ({ ...f, [field]: value }));
    setProblems((p) => ({ ...p, [field]: undefined }));
  };

  const sendCode = async () => {
    if (!isPhone(form.phone)) {
      setProblems((p) => ({ ...p, phone: '请先填写正确的 11 位手机号' }));
      return;
    }
    setSending(true);
    setAlert(null);
    try {
      const sent = (await meApi.sendIdentityCode(form.phone)).data;
      setWait(sent.resendAfterSec);
      void Taro.showToast({ title: `验证码已发送至 ${sent.phoneMasked}`, icon: 'none' });
    } catch (err) {
      setAlert(asApiError(err).message);
    } finally {
      setSending(false);
    }
  };

  const submit = async () => {
    const found = checkForm(form);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setAlert('请按红字提示改一下再提交');
      return;
    }
    setSubmitting(true);
    setAlert(null);
    try {
      const result = (await meApi.verifyIdentity({ ...form, name: form.name.trim(), idNumber: form.idNumber.trim() })).data;
      if (result.session) saveSession(result.session);
      else updateResident(result.resident);
      void Taro.showToast({ title: '实名认证成功', icon: 'success' });
      setTimeout(back, 800);
    } catch (err) {
      const e = asApiError(err);
      // The form stays as typed: a network drop or a wrong code must not cost the resident their typing.
      setAlert(e.message);
      if (e.code === 'SMS_CODE_INVALID') setProblems((p) => ({ ...p, smsCode: e.message }));
      if (e.code === 'ID_NUMBER_INVALID') setProblems((p) => ({ ...p, idNumber: e.message }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <PageShell>
      <View className='section account-why'>
        <Text className='section__title'>为什么要实名认证</Text>
        <Text className='account-why__text'>
          办理政务服务要确认是您本人。认证一次，以后查电子证照、预约窗口、网上申请都不用再填身份信息。
        </Text>
      </View>

      <View className='section'>
        <Field label='姓名' problem={problems.name}>
          <Input className='field__input e2e-id-name' value={form.name} placeholder='身份证上的姓名' maxlength={30} onInput={(e) => set('name')(e.detail.value)} />
        </Field>
        <Field label='身份证号' problem={problems.idNumber}>
          <Input
            className='field__input e2e-id-number'
            type='idcard'
            value={form.idNumber}
            placeholder='18 位，最后一位可能是 X'
            maxlength={18}
            onInput={(e) => set('idNumber')(e.detail.value)}
          />
        </Field>
        <Field label='手机号' problem={problems.phone}>
          <Input className='field__input e2e-id-phone' type='number' value={form.phone} placeholder='本人常用手机号' maxlength={11} onInput={(e) => set('phone')(e.detail.value)} />
        </Field>
        <Field label='验证码' problem={problems.smsCode}>
          <View className='field__row'>
            <Input
              className='field__input field__input--code e2e-id-code'
              type='number'
              value={form.smsCode}
              placeholder='6 位数字'
              maxlength={6}
              onInput={(e) => set('smsCode')(e.detail.value)}
            />
            <View
              className={`btn field__send e2e-id-send ${wait > 0 || sending ? 'btn--disabled' : ''}`}
              ariaRole='button'
              onClick={() => wait <= 0 && !sending && void sendCode()}
            >
              {sending ? '发送中' : wait > 0 ? `${wait} 秒后重发` : '获取验证码'}
            </View>
          </View>
        </Field>
      </View>

      <ConsentNote agreed={form.consent} problem={problems.consent} onChange={set('consent')} />

      {alert && (
        <View className='account-alert e2e-id-alert' ariaRole='alert'>
          <Text>{alert}</Text>
        </View>
      )}

      <View className='account-actions'>
        <View className={`btn btn--primary account-submit e2e-id-submit ${submitting ? 'btn--disabled' : ''}`} ariaRole='button' onClick={() => !submitting && void submit()}>
          {submitting ? '正在认证…' : '提交认证'}
        </View>
        <Text className='muted account-actions__hint'>不方便在手机上认证？带身份证到就近的便民服务中心，工作人员帮您办。</Text>
      </View>
    </PageShell>
  );
}

function Field({ label, problem, children }: { label: string; problem?: string; children: React.ReactNode }) {
  return (
    <View className={`field ${problem ? 'field--bad' : ''}`}>
      <Text className='field__label'>{label}</Text>
      {children}
      {problem && <Text className='field__problem'>{problem}</Text>}
    </View>
  );
}
