import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import type { PublicProgress } from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import { asApiError, type ApiError } from '@/api/errors';
import { PageShell } from '@/components/PageShell';
import { ErrorState } from '@/components/StateView';
import { formatLongDate, formatMoment } from '@/lib/when';
import { StatusChip } from '../components/StatusChip';
import { queryProblem } from '../lib/progressText';
import { Timeline } from '../components/Timeline';
import '@/components/form/form.css';
import '../progress.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/**
 * 办件进度查询: anyone with the 办件编号 and its 查询码 (a family member, a village agent) sees the progress, without
 * signing in and without any personal data. A wrong code and an unknown number get the same answer.
 */
export default function ProgressQueryPage() {
  const [number, setNumber] = useState(useRouteParams('progressQuery').number ?? '');
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PublicProgress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const search = async () => {
    const why = queryProblem(number, code);
    setProblem(why);
    if (why || busy) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult((await applicationsApi.progress(number.trim().toUpperCase(), code.trim())).data);
    } catch (err) {
      setError(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageShell className="pg-page">
      <View className="section">
        <View className="section__head">
          <Text className="section__title">查办件进度</Text>
        </View>
        <Text className="muted">不用登录。办件编号和查询码在提交成功的页面、“我的办件”和进度通知里。</Text>
        <View className="fm-field fm-field--plain e2e-query-number">
          <Text className="fm-field__label">办件编号</Text>
          <Input
            className="fm-field__input"
            value={number}
            maxlength={40}
            placeholder="例如 HN4105…"
            onInput={(e) => setNumber(e.detail.value)}
          />
        </View>
        <View className="fm-field fm-field--plain e2e-query-code">
          <Text className="fm-field__label">查询码</Text>
          <Input
            className="fm-field__input"
            type="number"
            value={code}
            maxlength={10}
            placeholder="10 位数字"
            onInput={(e) => setCode(e.detail.value)}
          />
        </View>
        {problem && <View className="fm-field__error e2e-query-problem">{problem}</View>}
        <View
          className={`btn btn--primary pg-query__btn e2e-query-submit ${busy ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void search()}
        >
          {busy ? '正在查询…' : '查询'}
        </View>
      </View>

      {error?.code === 'PROGRESS_NOT_FOUND' && (
        <View className="pg-action pg-action--bad e2e-query-not-found" ariaRole="alert">
          <Text className="pg-action__title">没有查到这件办件</Text>
          <Text className="pg-action__text">
            请核对办件编号和查询码是否抄对了（查询码是 10 位数字）。刚提交的申请，编号生成后才能查到。
          </Text>
        </View>
      )}
      {error && error.code !== 'PROGRESS_NOT_FOUND' && <ErrorState error={error} onRetry={() => void search()} />}

      {result && (
        <View className="e2e-query-result">
          <View className="section pg-head">
            <Text className="section__title">{result.matterName}</Text>
            <View className="pg-head__row">
              <StatusChip
                app={{ ...result, actionNeeded: result.status === 'supplement' }}
                className="e2e-query-status"
              />
              <Text className="muted">{formatMoment(result.submittedAt, Date.now())} 提交</Text>
            </View>
            <Text className="fact__value">办件编号 {result.number}</Text>
            {result.promisedBy && <Text className="muted">承诺 {formatLongDate(result.promisedBy)} 前办结</Text>}
          </View>
          <View className="section">
            <View className="section__head">
              <Text className="section__title">办理进度</Text>
            </View>
            <Timeline steps={result.timeline} />
          </View>
        </View>
      )}
    </PageShell>
  );
}
