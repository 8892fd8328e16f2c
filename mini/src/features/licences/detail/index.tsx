import { useState } from 'react';
import { useDidHide } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { LicenceDetail } from '@zsb/contracts';
import { asApiError } from '@/api/errors';
import { licencesApi } from '@/api/licences';
import { PageShell } from '@/components/PageShell';
import { useQuery } from '@/hooks/useQuery';
import { go } from '@/navigate';
import { LicenceFields } from '../components/LicenceFields';
import { SealNote } from '../components/SealNote';
import { StatusChip } from '../components/StatusChip';
import { displayBlockedReason, formatLocalDate, formatValidUntil, licenceKind } from '../lib/licenceText';
import { rememberSubject, toSubject } from '../subjectCache';
import { LicenceLoadState } from '../components/LicenceLoadState';
import '../licences.css';
import { notice } from '@/lib/feedback';
import { useRouteParams } from '@/hooks/useRouteParams';

/** One licence: masked until the resident asks, the seal check, and the way to 出示亮证码. */
export default function LicenceDetailPage() {
  const { id = '' } = useRouteParams('licence');
  const { state, reload } = useQuery(id || null, () => licencesApi.detail(id));
  const [revealed, setRevealed] = useState<LicenceDetail | null>(null);
  const [revealing, setRevealing] = useState(false);

  // Full values stay on screen only while the resident looks at this page.
  useDidHide(() => setRevealed(null));

  if (id === '' || state.status !== 'ok') return <LicenceLoadState id={id} state={state} onRetry={reload} />;

  const licence = revealed ?? state.data;
  const blocked = displayBlockedReason(licence);
  const anyMasked = state.data.fields.some((f) => f.masked);

  const reveal = async () => {
    setRevealing(true);
    try {
      setRevealed((await licencesApi.detail(id, true)).data);
    } catch (err) {
      void notice({
        title: '没能显示完整信息',
        content: asApiError(err).message,
      });
    } finally {
      setRevealing(false);
    }
  };

  const display = () => {
    if (blocked) return;
    rememberSubject(toSubject(state.data));
    go('licenceDisplay', { id });
  };

  return (
    <PageShell meta={state.meta} className="lic-detail-page">
      <View className={`lic-head lic-kind--${licenceKind(licence.typeName)}`}>
        <Text className="lic-head__type e2e-licence-type">{licence.typeName}</Text>
        <View className="lic-head__row">
          <StatusChip status={licence.status} />
          <Text className="lic-head__issuer">{licence.issuer}</Text>
        </View>
      </View>

      <SealNote licence={licence} />

      <View className="section">
        <View className="section__head">
          <Text className="section__title">证照信息</Text>
        </View>
        <View className="lic-fact">
          <Text className="lic-fact__label">持证人</Text>
          <Text className="lic-fact__value">{licence.holderNameMasked}</Text>
        </View>
        <View className="lic-fact">
          <Text className="lic-fact__label">证照号码</Text>
          <Text className="lic-fact__value e2e-licence-number">{licence.numberMasked}</Text>
        </View>
        <View className="lic-fact">
          <Text className="lic-fact__label">发证日期</Text>
          <Text className="lic-fact__value">{formatLocalDate(licence.issuedOn)}</Text>
        </View>
        <View className="lic-fact">
          <Text className="lic-fact__label">有效期</Text>
          <Text className="lic-fact__value">{formatValidUntil(licence.validUntil)}</Text>
        </View>
      </View>

      <LicenceFields fields={licence.fields} />

      {(anyMasked || revealed) && (
        <View className="section lic-reveal">
          {revealed ? (
            <View className="btn lic-reveal__btn e2e-licence-hide" ariaRole="button" onClick={() => setRevealed(null)}>
              隐藏完整信息
            </View>
          ) : (
            <View
              className={`btn lic-reveal__btn e2e-licence-reveal ${revealing ? 'btn--disabled' : ''}`}
              ariaRole="button"
              onClick={() => !revealing && void reveal()}
            >
              {revealing ? '正在读取…' : '显示完整信息'}
            </View>
          )}
          <Text className="lic-reveal__note e2e-licence-reveal-note">
            {revealed
              ? '完整信息已显示，这次查看已记入“用证记录”。离开本页后会自动隐藏。'
              : '为保护您的信息，号码、住址等已部分隐藏。显示完整信息会记入“用证记录”，请留意身边有没有人看您的手机。'}
          </Text>
        </View>
      )}

      <View className="lic-actions">
        <View
          className={`btn btn--primary lic-actions__display e2e-licence-display ${blocked ? 'btn--disabled' : ''}`}
          ariaRole="button"
          ariaLabel={blocked ? `出示亮证码，暂不可用：${blocked}` : '出示亮证码'}
          aria-disabled={blocked ? 'true' : 'false'}
          onClick={display}
        >
          出示亮证码
        </View>
        {blocked ? (
          <Text className="lic-actions__why e2e-licence-display-reason">{blocked}</Text>
        ) : (
          <Text className="lic-actions__hint">出示时由您选择给对方看哪些信息；亮证码只能用一次，几分钟后失效</Text>
        )}
        <View className="section__more lic-actions__uses" ariaRole="link" onClick={() => go('licenceUses')}>
          <Text>查看用证记录 ›</Text>
        </View>
      </View>
    </PageShell>
  );
}
