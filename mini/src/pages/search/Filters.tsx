import { ScrollView, View } from '@tarojs/components';
import { catalogApi } from '@/api/catalog';
import { useQuery } from '@/hooks/useQuery';

interface Props {
  mobileReady: boolean;
  domain: string | null;
  onMobileReady: (on: boolean) => void;
  onDomain: (code: string | null) => void;
}

/** 掌上办 and domain chips. Without the domain list (network trouble) the search still works unfiltered. */
export function Filters({ mobileReady, domain, onMobileReady, onDomain }: Props) {
  const { state } = useQuery('domains', catalogApi.domains);
  const domains = state.status === 'ok' ? state.data.items : [];
  return (
    <ScrollView className="filters" scrollX enhanced showScrollbar={false}>
      <View className="filters__row">
        <View
          className={`chip e2e-filter-mobile ${mobileReady ? 'chip--on' : ''}`}
          ariaRole="checkbox"
          ariaLabel={`只看掌上办，${mobileReady ? '已选' : '未选'}`}
          onClick={() => onMobileReady(!mobileReady)}
        >
          {mobileReady ? '✓ ' : ''}只看掌上办
        </View>
        <View className={`chip ${domain === null ? 'chip--on' : ''}`} ariaRole="radio" onClick={() => onDomain(null)}>
          全部类别
        </View>
        {domains.map((d) => (
          <View
            key={d.code}
            className={`chip e2e-filter-domain ${domain === d.code ? 'chip--on' : ''}`}
            ariaRole="radio"
            onClick={() => onDomain(domain === d.code ? null : d.code)}
          >
            {d.name}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
