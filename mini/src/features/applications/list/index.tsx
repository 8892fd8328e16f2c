import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { applicationsApi } from '@/api/applications';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { go, openSearch } from '@/navigate';
import { removeLocalDraft } from '@/stores/applyDrafts';
import { ApplicationCard } from '../components/ApplicationCard';
import { DraftCard, type DraftRow } from '../components/DraftCard';
import { NoticeList } from '../components/NoticeList';
import { loadMine } from '../lib/loadMine';
import '../progress.css';
import { confirm } from '@/lib/feedback';
import { useRouteParams } from '@/hooks/useRouteParams';

type Tab = 'applications' | 'drafts';

/** 我的办件: submitted applications (补正 first) and unfinished drafts, with news on top. */
export default function ApplicationsPage() {
  const [tab, setTab] = useState<Tab>(useRouteParams('applications').tab === 'drafts' ? 'drafts' : 'applications');
  const { state, reload } = useQuery('applications', loadMine);
  // Back from an application, a 补正 or a draft: show the list as it is now.
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current) reload();
    seen.current = true;
  });

  const remove = async (d: DraftRow) => {
    const confirmed = await confirm({
      title: '删除草稿',
      content: `删除“${d.matterName}”没填完的申请？删除后不能恢复。`,
      confirmText: '删除',
      cancelText: '不删',
    });
    if (!confirmed) return;
    removeLocalDraft(d.id);
    await applicationsApi.deleteDraft(d.id).catch(() => undefined);
    reload();
  };

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {state.status === 'loading' && <Skeleton rows={3} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }

  const now = Date.now();
  const { applications, drafts, notices } = state.data;
  return (
    <PageShell meta={state.meta} className="pg-page">
      {notices.length > 0 && <NoticeList items={notices} />}

      <View className="pg-tabs" ariaRole="tablist">
        {(
          [
            ['applications', `办件（${applications.length}）`],
            ['drafts', `草稿（${drafts.length}）`],
          ] as const
        ).map(([t, label]) => (
          <View
            key={t}
            className={`chip pg-tab e2e-tab-${t} ${tab === t ? 'chip--on' : ''}`}
            ariaRole="tab"
            aria-selected={tab === t ? 'true' : 'false'}
            onClick={() => setTab(t)}
          >
            {label}
          </View>
        ))}
      </View>

      {tab === 'applications' && applications.length === 0 && (
        <EmptyState title="还没有提交过申请" hint="在办事指南里点“在线办理”，带“掌上办”标记的事项在手机上就能办">
          <View className="btn btn--primary state__btn" ariaRole="button" onClick={() => openSearch({ focus: true })}>
            找要办的事
          </View>
        </EmptyState>
      )}
      {tab === 'applications' && applications.length > 0 && (
        <View className="pg-list e2e-applications">
          {applications.map((a) => (
            <ApplicationCard key={a.id} app={a} nowMs={now} />
          ))}
        </View>
      )}

      {tab === 'drafts' && drafts.length === 0 && (
        <EmptyState title="没有没填完的申请" hint="在线办理时填写的内容会自动保存在这里，30 天内都能接着填" />
      )}
      {tab === 'drafts' && drafts.length > 0 && (
        <View className="pg-list e2e-drafts">
          {drafts.map((d) => (
            <DraftCard key={d.id} draft={d} nowMs={now} onDelete={() => void remove(d)} />
          ))}
        </View>
      )}

      <View className="section pg-links">
        <View className="pg-link e2e-applications-query" ariaRole="link" onClick={() => go('progressQuery')}>
          <View className="pg-link__label">
            <Text className="pg-link__title">办件进度查询</Text>
            <Text className="muted">用办件编号和查询码查，帮家人查也行，不用登录</Text>
          </View>
          <Text className="pg-link__go">›</Text>
        </View>
        <View className="pg-link e2e-applications-messages" ariaRole="link" onClick={() => go('messages')}>
          <View className="pg-link__label">
            <Text className="pg-link__title">消息通知</Text>
            <Text className="muted">每一步进度的通知</Text>
          </View>
          <Text className="pg-link__go">›</Text>
        </View>
      </View>
    </PageShell>
  );
}
