import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CheckIn } from '@zsb/contracts';
import { type ApiError, asApiError } from '@/api/errors';
import { staffApi } from '@/api/staff';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { clockOf } from '@/lib/when';
import { go } from '@/navigate';
import { CheckInRefusal } from '../components/CheckInRefusal';
import { CheckInResult } from '../components/CheckInResult';
import { CodeEntry } from '../components/CodeEntry';
import { NotStaff } from '../components/NotStaff';
import { useStaffScopes } from '../hooks/useStaffScopes';
import { readCheckInCode } from '../lib/checkInCode';
import '../staff.css';

const CHECK_IN_WORDS = {
  manualLabel: '浏览器不能扫码：请粘贴或输入群众的签到码',
  placeholder: '粘贴签到码',
  submit: '签到',
  busy: '正在签到…',
  scan: '扫码签到',
};

type Outcome = { kind: 'ok'; checkIn: CheckIn } | { kind: 'refused'; error: ApiError; code: string };

/**
 * 窗口签到: a clerk scans the QR of a resident's booking (on H5 pastes its code) and sees at once who it is, for
 * what and when — or why not, in the server's words, with what to do at the counter.
 */
export default function CheckInPage() {
  const scopes = useStaffScopes();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [recent, setRecent] = useState<CheckIn[]>([]);
  const sending = useRef(false);

  const send = async (code: string): Promise<boolean> => {
    if (sending.current) return false;
    sending.current = true;
    setBusy(true);
    setOutcome(null);
    try {
      const { data } = await staffApi.checkIn(code);
      setOutcome({ kind: 'ok', checkIn: data });
      setRecent((r) => [data, ...r.filter((x) => x.bookingId !== data.bookingId)].slice(0, 5));
      return true;
    } catch (err) {
      setOutcome({ kind: 'refused', error: asApiError(err), code });
      return false;
    } finally {
      sending.current = false;
      setBusy(false);
    }
  };

  // The answer shows at the top, the way to the next one under it: bring the top back into view.
  useEffect(() => {
    if (outcome) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  }, [outcome]);

  const onCode = async (text: string): Promise<boolean> => {
    const reading = readCheckInCode(text);
    if ('problem' in reading) {
      setOutcome(null);
      setProblem(reading.problem);
      return false;
    }
    setProblem(null);
    return send(reading.code);
  };

  if (scopes.state.status === 'loading') {
    return (
      <PageShell>
        <Skeleton rows={3} />
      </PageShell>
    );
  }
  if (scopes.state.status === 'error') {
    return (
      <PageShell>
        <ErrorState error={scopes.state.error} onRetry={scopes.reload} />
      </PageShell>
    );
  }
  const centers = scopes.state.data.centers;
  if (centers.length === 0) {
    return (
      <PageShell>
        <NotStaff
          hook="e2e-checkin-not-staff"
          hint="窗口签到给便民服务中心的窗口工作人员用。到窗口办事的群众，请打开“我的预约”出示签到码"
        />
      </PageShell>
    );
  }

  const now = Date.now();
  return (
    <PageShell meta={scopes.state.meta} className="st-page">
      <View className="section st-head">
        <Text className="section__title">窗口签到</Text>
        <Text className="st-head__center e2e-checkin-centers">{centers.map((c) => c.name).join('、')}</Text>
      </View>

      {outcome?.kind === 'ok' && <CheckInResult checkIn={outcome.checkIn} nowMs={now} />}
      {outcome?.kind === 'refused' && <CheckInRefusal error={outcome.error} onRetry={() => void send(outcome.code)} />}

      <View className="section st-entry">
        <Text className="muted st-head__hint">
          {outcome?.kind === 'ok' ? '下一位：' : ''}请群众打开“掌上办 › 我的 ›
          我的预约”，点开这次预约出示签到码。可以提前 1 小时签到。
        </Text>
        <CodeEntry busy={busy} onCode={onCode} hook="checkin" words={CHECK_IN_WORDS} />
        {problem && (
          <View className="st-problem e2e-checkin-problem" ariaRole="alert">
            {problem}
          </View>
        )}
      </View>

      <View className="section">
        <View className="st-link-row e2e-checkin-reviews" ariaRole="link" onClick={() => go('staffReviews')}>
          <View>
            <Text className="st-recent__who">差评整改</Text>
            <Text className="muted st-head__hint">本中心收到的差评：核实、整改、回访</Text>
          </View>
          <Text className="st-link">›</Text>
        </View>
        <View className="st-link-row e2e-checkin-feedback" ariaRole="link" onClick={() => go('staffFeedback')}>
          <View>
            <Text className="st-recent__who">反映和咨询</Text>
            <Text className="muted st-head__hint">群众反映的办不成事和咨询：记录办理情况、书面答复</Text>
          </View>
          <Text className="st-link">›</Text>
        </View>
      </View>

      {recent.length > 1 && (
        <View className="section e2e-checkin-recent">
          <View className="section__head">
            <Text className="section__title">刚才签到的</Text>
          </View>
          {recent.map((c) => (
            <View key={c.bookingId} className="st-recent">
              <Text className="st-recent__who">{c.residentNameMasked}</Text>
              <Text className="st-recent__what">
                {clockOf(c.checkedInAt)} · {c.matterName}
              </Text>
            </View>
          ))}
        </View>
      )}
    </PageShell>
  );
}
