import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { LicenceConsent } from '@zsb/contracts';
import { asApiError } from '@/api/errors';
import { licencesApi } from '@/api/licences';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { formatBeijingTime } from '../lib/licenceUseLog';
import '../licences.css';
import { confirm, notice, toast } from '@/lib/feedback';

/** 授权管理: which matters may use which licence in an application; revoking is one tap and a confirmation. */
export default function ConsentsPage() {
  const { state, reload } = useQuery('licence-consents', () => licencesApi.consents());
  const [revoking, setRevoking] = useState<string | null>(null);

  const revoke = async (c: LicenceConsent) => {
    const confirmed = await confirm({
      title: '撤回授权',
      content: `撤回后，办理“${c.matterName}”时将不能再调取您的${c.typeName}，需要重新授权或提交纸质材料。已经提交的办件不受影响。确定撤回吗？`,
      confirmText: '撤回',
      cancelText: '不撤回',
    });
    if (!confirmed) return;
    setRevoking(c.id);
    try {
      await licencesApi.revokeConsent(c.id);
      toast('已撤回授权', 'success');
      reload();
    } catch (err) {
      const e = asApiError(err);
      await notice({ title: '没能撤回', content: e.message });
      // Already revoked elsewhere: the list is out of date.
      if (e.code === 'CONSENT_NOT_FOUND') reload();
    } finally {
      setRevoking(null);
    }
  };

  const now = Date.now();
  const items = state.status === 'ok' ? state.data.items : [];
  const active = items.filter((c) => c.revokedAt === null);
  const revoked = items.filter((c) => c.revokedAt !== null);

  return (
    <PageShell meta={state.meta}>
      <View className="section lic-intro">
        <Text className="section__title">授权管理</Text>
        <Text className="lic-intro__text">
          您同意后，办理对应事项时可以直接调取电子证照，不用再上传或提交复印件。授权可以随时撤回。
        </Text>
      </View>

      {state.status === 'loading' && <Skeleton rows={3} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ok' && items.length === 0 && (
        <EmptyState title="还没有授权" hint="办事时如果您同意调取电子证照，授权会显示在这里，可随时撤回。" />
      )}

      {active.length > 0 && (
        <View className="section e2e-consents-active">
          <View className="section__head">
            <Text className="section__title">生效中（{active.length}）</Text>
          </View>
          {active.map((c) => (
            <View key={c.id} className="lic-consent e2e-consent-row">
              <ConsentText consent={c} now={now} />
              <View
                className={`btn lic-consent__revoke e2e-consent-revoke ${revoking === c.id ? 'btn--disabled' : ''}`}
                ariaRole="button"
                ariaLabel={`撤回“${c.matterName}”使用${c.typeName}的授权`}
                onClick={() => revoking === null && void revoke(c)}
              >
                {revoking === c.id ? '正在撤回…' : '撤回授权'}
              </View>
            </View>
          ))}
        </View>
      )}

      {revoked.length > 0 && (
        <View className="section e2e-consents-revoked">
          <View className="section__head">
            <Text className="section__title">已撤回（{revoked.length}）</Text>
          </View>
          {revoked.map((c) => (
            <View key={c.id} className="lic-consent lic-consent--revoked e2e-consent-row">
              <ConsentText consent={c} now={now} />
            </View>
          ))}
        </View>
      )}
    </PageShell>
  );
}

function ConsentText({ consent: c, now }: { consent: LicenceConsent; now: number }) {
  return (
    <View className="lic-consent__text">
      <View className="lic-consent__top">
        <Text className="lic-consent__matter">{c.matterName}</Text>
        <Text className={`lic-status e2e-consent-status ${c.revokedAt ? 'lic-status--muted' : 'lic-status--ok'}`}>
          {c.revokedAt ? '已撤回' : '已授权'}
        </Text>
      </View>
      <Text className="lic-consent__line">可调取：{c.typeName}</Text>
      {c.purpose ? <Text className="lic-consent__line">用途：{c.purpose}</Text> : null}
      <Text className="lic-consent__when">
        {formatBeijingTime(c.grantedAt, now)} 授权
        {c.revokedAt ? ` · ${formatBeijingTime(c.revokedAt, now)} 撤回` : ''}
      </Text>
    </View>
  );
}
