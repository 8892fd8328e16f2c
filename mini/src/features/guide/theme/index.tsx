import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useEffect } from 'react';
import { catalogApi } from '@/api/catalog';
import { clientError } from '@/api/errors';
import { AtWindowMatters } from '@/components/AtWindowMatters';
import { MatterItem } from '@/components/MatterItem';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { formatVisits, formatWorkingDays } from '@/lib/format';
import { GuideSection } from '../components/GuideSection';
import { MaterialList } from '../components/MaterialList';
import { ThemeActions } from '../components/ThemeActions';
import '../guide.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/**
 * 一件事一次办: the matters in the order they are done, those done at a window (with 预约), what to bring once, the
 * whole time and trips, and 一次申请 for the ones that can be done on the phone.
 */
export default function ThemePage() {
  const { id = '' } = useRouteParams('theme');
  const { state, reload } = useQuery(id || null, () => catalogApi.theme(id));

  useEffect(() => {
    if (state.status === 'ok') void Taro.setNavigationBarTitle({ title: state.data.name }).catch(() => undefined);
  }, [state]);

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {id === '' && <ErrorState error={clientError('THEME_NOT_FOUND', '')} />}
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }

  const theme = state.data;
  const atWindow = theme.matters.filter((m) => !m.mobileReady);
  const online = theme.matters.length - atWindow.length;
  return (
    <PageShell meta={state.meta} className={online > 0 ? 'guide-page' : undefined}>
      <View className="guide-head">
        <Text className="guide-head__name">{theme.name}</Text>
        <Text className="guide-head__meta">{theme.description}</Text>
        <View className="theme-summary">
          <View className="theme-summary__cell">
            <Text className="theme-summary__value">{theme.matters.length} 件事</Text>
            <Text className="theme-summary__label">一次办完</Text>
          </View>
          <View className="theme-summary__cell">
            <Text className="theme-summary__value">{formatWorkingDays(theme.promisedDays)}</Text>
            <Text className="theme-summary__label">承诺办结</Text>
          </View>
          <View className="theme-summary__cell">
            <Text className="theme-summary__value">{formatVisits(theme.maxVisits)}</Text>
            <Text className="theme-summary__label">跑动次数</Text>
          </View>
        </View>
      </View>
      <GuideSection title="按顺序办这几件事" className="e2e-theme-matters">
        {theme.matters.map((m, i) => (
          <MatterItem key={m.code} matter={m} index={i + 1} />
        ))}
      </GuideSection>
      <AtWindowMatters
        matters={atWindow}
        intro={
          online === 0
            ? `这件事里的事项暂时都不能在手机上申请，需要到窗口办理：${atWindow.map((m) => m.name).join('、')}`
            : undefined
        }
      />
      <MaterialList title="只需交一次的材料" materials={theme.sharedMaterials} />
      <ThemeActions theme={theme} />
    </PageShell>
  );
}
