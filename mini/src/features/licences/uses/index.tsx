import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { licencesApi } from '@/api/licences';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { newestFirst, toUseLogLine } from '../lib/licenceUseLog';
import '../licences.css';

/** 用证记录: every read, display, verification and use of the resident's licences, newest first. */
export default function UseLogPage() {
  const { state, reload } = useQuery('licence-uses', () => licencesApi.uses());
  const lines = useMemo(() => {
    if (state.status !== 'ok') return [];
    const now = Date.now();
    return newestFirst(state.data.items).map((u) => toUseLogLine(u, now));
  }, [state]);

  return (
    <PageShell meta={state.meta}>
      <View className="section lic-intro">
        <Text className="section__title">用证记录</Text>
        <Text className="lic-intro__text">
          您的证照每被查看、出示、核验或在办件中使用一次，都会记在这里。发现不是您本人或不认识的核验方，请拨打 12345
          反映。
        </Text>
      </View>

      {state.status === 'loading' && <Skeleton rows={4} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ok' && lines.length === 0 && (
        <EmptyState title="还没有用证记录" hint="查看、出示证照或办件调取证照后，这里会留下记录。" />
      )}
      {lines.length > 0 && (
        <View className="section lic-uses e2e-use-list">
          {lines.map((l) => (
            <View key={l.id} className={`lic-use e2e-use-row ${l.byOthers ? 'lic-use--others' : ''}`}>
              <View className="lic-use__top">
                <Text className="lic-use__when e2e-use-when">{l.when}</Text>
                <Text className={`lic-use__action e2e-use-action ${l.byOthers ? 'lic-use__action--others' : ''}`}>
                  {l.action}
                </Text>
              </View>
              <Text className="lic-use__what">
                <Text className="e2e-use-type">{l.typeName}</Text> · <Text className="e2e-use-who">{l.who}</Text>
              </Text>
              {l.purpose ? <Text className="lic-use__purpose e2e-use-purpose">{l.purpose}</Text> : null}
            </View>
          ))}
        </View>
      )}
    </PageShell>
  );
}
