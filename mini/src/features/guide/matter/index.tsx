import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { GuideField } from '@zsb/contracts';
import { useEffect } from 'react';
import { catalogApi } from '@/api/catalog';
import { clientError } from '@/api/errors';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { go } from '@/navigate';
import { ContactList } from '../components/ContactList';
import { GuideActions } from '../components/GuideActions';
import { GuideFacts } from '../components/GuideFacts';
import { GuideHeader } from '../components/GuideHeader';
import { GuideSection, TextList } from '../components/GuideSection';
import { GuideSteps } from '../components/GuideSteps';
import { MaterialList } from '../components/MaterialList';
import { SourceNote } from '../components/SourceNote';
import '../guide.css';
import { useRouteParams } from '@/hooks/useRouteParams';

export default function GuidePage() {
  const { code = '' } = useRouteParams('guide');
  const { state, reload } = useQuery(code || null, () => catalogApi.guide(code));

  useEffect(() => {
    if (state.status === 'ok') void Taro.setNavigationBarTitle({ title: state.data.name }).catch(() => undefined);
  }, [state]);

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {state.status === 'loading' && code !== '' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
        {code === '' && <ErrorState error={clientError('MATTER_CODE_INVALID', '')} />}
      </PageShell>
    );
  }

  const guide = state.data;
  const sample = (field: GuideField) => guide.sampleFields.includes(field);
  return (
    <PageShell meta={state.meta} className="guide-page">
      <GuideHeader guide={guide} sample={sample} />
      <GuideFacts guide={guide} sample={sample} />
      <GuideSection title="办理条件" sample={sample('conditions')} className="e2e-conditions">
        <TextList items={guide.conditions} empty="没有特别条件" />
      </GuideSection>
      <MaterialList materials={guide.materials} sample={sample('materials') || sample('licenceTypes')} />
      <GuideSteps steps={guide.steps} sample={sample('steps')} />
      <ContactList guide={guide} sample={sample} />
      <GuideSection title="设定依据" sample={sample('basis')} className="e2e-basis">
        <TextList items={guide.basis} empty="暂未公布" />
      </GuideSection>
      {guide.themes.length > 0 && (
        <GuideSection title="相关的“一件事”">
          {guide.themes.map((t) => (
            <View key={t.id} className="section__more" ariaRole="link" onClick={() => go('theme', { id: t.id })}>
              <Text>{t.name} ›</Text>
            </View>
          ))}
        </GuideSection>
      )}
      <SourceNote guide={guide} />
      <GuideActions guide={guide} />
    </PageShell>
  );
}
