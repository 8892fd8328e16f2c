import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { applicationsApi } from '@/api/applications';
import { clientError } from '@/api/errors';
import { CopyRow } from '@/components/CopyRow';
import { FeedbackLink } from '@/components/FeedbackLink';
import { PageShell } from '@/components/PageShell';
import { ReviewEntryCard } from '@/components/ReviewEntryCard';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { formatLongDate, formatMoment } from '@/lib/when';
import { go } from '@/navigate';
import { StatusChip } from '../components/StatusChip';
import { Timeline } from '../components/Timeline';
import { useMarkRead } from '../hooks/useMarkRead';
import '../progress.css';
import { useRouteParams } from '@/hooks/useRouteParams';

const ANSWER_TEXT = { licence: '电子证照', upload: '已上传', none: '未提供' } as const;
// 办结 (and 送达 after it) or 不予受理: the service is over and may be rated.
const FINISHED = new Set(['completed', 'delivered', 'rejected']);

/** One application: status, 补正 waiting, number and query code, promised date, and every step with its office. */
export default function ApplicationPage() {
  const { id = '' } = useRouteParams('application');
  const { state, reload } = useQuery(id || null, () => applicationsApi.detail(id));
  useMarkRead(id, state.status === 'ok');
  // Back from the 补正 page: show where things stand now.
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current) reload();
    seen.current = true;
  });

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {id === '' && <ErrorState error={clientError('APPLICATION_NOT_FOUND', '')} />}
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }

  const a = state.data;
  const now = Date.now();
  const waiting = a.supplement && !a.supplement.answeredAt ? a.supplement : null;
  return (
    <PageShell meta={state.meta} className="pg-page">
      <View className="section pg-head">
        <Text className="section__title e2e-application-matter">{a.matterName}</Text>
        <View className="pg-head__row">
          <StatusChip app={a} className="e2e-application-status" />
          <Text className="muted">{formatMoment(a.submittedAt, now)} 提交</Text>
        </View>
      </View>

      {waiting && (
        <View className="pg-action e2e-application-supplement-needed" ariaRole="alert">
          <Text className="pg-action__title">需要补正：{waiting.items.map((i) => i.label).join('、')}</Text>
          <Text className="pg-action__text">办理部门请您补充或改正这些内容，补好后会继续办理。</Text>
          <View
            className="btn btn--primary pg-action__btn e2e-application-supplement"
            ariaRole="button"
            onClick={() => go('supplement', { id: a.id })}
          >
            去补正
          </View>
        </View>
      )}
      {a.supplement?.answeredAt && a.status === 'supplement' && (
        <View className="pg-action pg-action--done e2e-application-supplement-sent">
          <Text className="pg-action__title">补正材料已提交，等待办理部门查看</Text>
        </View>
      )}

      <View className="section e2e-application-codes">
        {a.number ? (
          <CopyRow label="办件编号" value={a.number} hook="e2e-application-number" />
        ) : (
          <Text className="fact__value">办件编号生成中：正在报送办理平台，稍后刷新即可看到</Text>
        )}
        {a.queryCode ? <CopyRow label="查询码" value={a.queryCode} hook="e2e-application-query-code" /> : null}
        {a.promisedBy && (
          <View className="fact e2e-application-promised">
            <Text className="fact__label">承诺办结</Text>
            <Text className="fact__value">{formatLongDate(a.promisedBy)} 前（按工作日计算）</Text>
          </View>
        )}
      </View>

      <ReviewEntryCard thing={FINISHED.has(a.status) ? { kind: 'application', id: a.id } : null} />

      <View className="section">
        <View className="section__head">
          <Text className="section__title">办理进度</Text>
        </View>
        <Timeline steps={a.timeline} />
      </View>

      <View className="section">
        <View className="section__head">
          <Text className="section__title">申请内容</Text>
        </View>
        {a.materials.map((m) => (
          <View key={m.key} className="fact">
            <Text className="fact__label">{m.name}</Text>
            <Text className="fact__value">{ANSWER_TEXT[m.answer] ?? m.answer}</Text>
          </View>
        ))}
        {a.delivery && (
          <View className="fact">
            <Text className="fact__label">领取方式</Text>
            <Text className="fact__value">
              {a.delivery.method === 'mail' && a.delivery.address
                ? `邮寄：${a.delivery.address.recipient} ${a.delivery.address.region}${a.delivery.address.detail}`
                : '窗口领取'}
            </Text>
          </View>
        )}
      </View>

      <FeedbackLink params={{ applicationId: a.id }} hook="e2e-application-feedback" />

      <View className="pg-more">
        <View className="btn" ariaRole="button" onClick={() => go('applications')}>
          查看全部办件
        </View>
      </View>
    </PageShell>
  );
}
