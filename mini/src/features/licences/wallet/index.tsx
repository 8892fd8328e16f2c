import { Text, View } from '@tarojs/components';
import { licencesApi } from '@/api/licences';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { LicenceCard } from '../components/LicenceCard';
import { LicenceLinks } from '../components/LicenceLinks';
import '../licences.css';

/** 电子证照: the resident's licences, read live from the e-licence library. */
export default function WalletPage() {
  const { state, reload } = useQuery('licences', () => licencesApi.list());

  return (
    <PageShell meta={state.meta}>
      <View className="section lic-intro">
        <Text className="section__title">我的电子证照</Text>
        <Text className="lic-intro__text">由发证机关签发。办事时点开证照，出示亮证码，工作人员扫码即可核验。</Text>
      </View>

      {state.status === 'loading' && <Skeleton rows={3} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ok' && state.data.items.length === 0 && (
        <EmptyState
          title="还没有电子证照"
          hint="发证机关签发的电子证照会自动出现在这里。如有疑问，可拨打 12345 咨询。"
        />
      )}
      {state.status === 'ok' && state.data.items.length > 0 && (
        <View className="lic-list e2e-licence-list">
          {state.data.items.map((l) => (
            <LicenceCard key={l.id} licence={l} />
          ))}
        </View>
      )}

      {state.status !== 'error' && <LicenceLinks />}
    </PageShell>
  );
}
