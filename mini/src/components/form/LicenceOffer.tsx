import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { LicenceSummary } from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import { asApiError } from '@/api/errors';
import type { MatterRef } from '@/lib/applicationForm';

interface Props {
  licence: LicenceSummary;
  /** The matters the material is for: one, or several in 一件事一次办. */
  matters: MatterRef[];
  /** Codes of those matters the resident already allowed to use this licence type. */
  consented: string[];
  onUse: () => void;
  onConsented: (matterCode: string) => void;
}

const quoted = (matters: MatterRef[]) => matters.map((m) => `“${m.name}”`).join('、');

/**
 * 使用电子证照 instead of a photo. Consent (授权用证) is per matter: the first time, it explains what is allowed for
 * the matters not yet allowed and asks once; one tap grants it for each of them and uses the licence.
 */
export function LicenceOffer({ licence, matters, consented, onUse, onConsented }: Props) {
  const [asking, setAsking] = useState(false);
  const [granting, setGranting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const missing = matters.filter((m) => !consented.includes(m.code));

  const grant = async () => {
    if (granting) return;
    setGranting(true);
    setProblem(null);
    try {
      // One after another: each one granted is remembered, so a retry after a failure asks only for the rest.
      for (const m of missing) {
        await applicationsApi.consent({ typeCode: licence.typeCode, matterCode: m.code });
        onConsented(m.code);
      }
      onUse();
      setAsking(false);
    } catch (err) {
      setProblem(`${asApiError(err).message}，请再点一次“同意并使用”，或改为上传照片`);
    } finally {
      setGranting(false);
    }
  };

  return (
    <View className="mi-licence e2e-material-licence-offer">
      <Text className="mi-licence__title">可以用电子证照代替：{licence.typeName}</Text>
      <Text className="mi-licence__meta">
        {licence.numberMasked} · {licence.issuer}
      </Text>
      {!asking && (
        <View
          className="btn btn--primary mi-licence__use e2e-material-use-licence"
          ariaRole="button"
          onClick={() => (missing.length === 0 ? onUse() : setAsking(true))}
        >
          使用电子证照
        </View>
      )}
      {asking && (
        <View className="mi-consent e2e-consent" ariaRole="dialog" ariaLabel="授权使用电子证照">
          <Text className="mi-consent__title">授权使用电子证照</Text>
          <Text className="mi-consent__text">
            同意后，办理{quoted(missing)}时会从电子证照库调取您的{licence.typeName}
            ，代替纸质材料和照片。每次调取都记入“用证记录”，可以在“我的 › 授权管理”随时撤回。
          </Text>
          {missing.length > 1 && (
            <Text className="mi-consent__text">这 {missing.length} 件事分别授权，点一次“同意并使用”全部授权。</Text>
          )}
          <View className="mi-consent__actions">
            <View
              className={`btn btn--primary mi-consent__btn e2e-consent-agree ${granting ? 'btn--disabled' : ''}`}
              ariaRole="button"
              onClick={() => void grant()}
            >
              {granting ? '正在授权…' : '同意并使用'}
            </View>
            <View className="btn mi-consent__btn e2e-consent-cancel" ariaRole="button" onClick={() => setAsking(false)}>
              暂不使用
            </View>
          </View>
          {problem && (
            <View className="fm-field__error e2e-consent-problem" ariaRole="alert">
              {problem}
            </View>
          )}
        </View>
      )}
    </View>
  );
}
