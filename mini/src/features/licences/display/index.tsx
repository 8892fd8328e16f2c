import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { DisplayCode } from '@zsb/contracts';
import type { ApiResult } from '@/api/client';
import { asApiError, type ApiError } from '@/api/errors';
import { licencesApi } from '@/api/licences';
import { PageShell } from '@/components/PageShell';
import { clockOf } from '@/lib/when';
import { formatShortCode } from '@zsb/domain';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { back } from '@/navigate';
import { FieldPicker, TtlPicker } from '../components/DisplayOptions';
import { QrCode } from '@/components/QrCode';
import { useBrightScreen } from '../hooks/useBrightScreen';
import { useCodeUsed } from '../hooks/useCodeUsed';
import { useSecondsLeft } from '../hooks/useSecondsLeft';
import { codeDeadline, countdownTone, formatCountdown } from '../lib/countdown';
import { DEFAULT_TTL_SEC, defaultFields, selectionProblem } from '../lib/displayFields';
import { displayBlockedReason } from '../lib/licenceText';
import { recallSubject, rememberSubject, toSubject, type DisplaySubject } from '../subjectCache';
import { LicenceLoadState } from '../components/LicenceLoadState';
import '../licences.css';
import { useRouteParams } from '@/hooks/useRouteParams';

async function loadSubject(id: string): Promise<ApiResult<DisplaySubject>> {
  const known = recallSubject(id);
  if (known) return { data: known, meta: { requestId: '', stale: false, syncedAt: null } };
  const res = await licencesApi.detail(id);
  const subject = toSubject(res.data);
  rememberSubject(subject);
  return { data: subject, meta: res.meta };
}

interface Shown {
  code: DisplayCode;
  deadline: number;
}

/** 亮证: the resident picks what the verifier may see and for how long, then shows a one-time QR. */
export default function DisplayPage() {
  const { id = '' } = useRouteParams('licenceDisplay');
  const { state, reload } = useQuery(id || null, () => loadSubject(id));
  const [picked, setPicked] = useState<string[] | null>(null);
  const [ttl, setTtl] = useState<number>(DEFAULT_TTL_SEC);
  const [shown, setShown] = useState<Shown | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [issueError, setIssueError] = useState<ApiError | null>(null);

  const left = useSecondsLeft(shown?.deadline ?? null);
  const expired = shown !== null && left <= 0;
  const used = useCodeUsed(shown?.code.statusId ?? null, shown !== null && !expired);
  const done = expired || used !== null;
  useBrightScreen(shown !== null && !done);

  if (id === '' || state.status !== 'ok') return <LicenceLoadState id={id} state={state} onRetry={reload} />;

  const subject = state.data;
  const selected = picked ?? defaultFields(subject.labels);
  const blocked = displayBlockedReason(subject);

  const issue = async () => {
    const bad = selectionProblem(selected);
    setProblem(bad);
    if (bad) return;
    setIssuing(true);
    setIssueError(null);
    const askedAt = Date.now();
    try {
      const code = (await licencesApi.issueDisplayCode(id, { fields: selected, ttlSec: ttl })).data;
      setShown({ code, deadline: codeDeadline(code, askedAt) });
    } catch (err) {
      setIssueError(asApiError(err));
    } finally {
      setIssuing(false);
    }
  };

  if (blocked) {
    return (
      <PageShell>
        <View className="lic-seal lic-seal--bad e2e-display-blocked" ariaRole="alert">
          <Text className="lic-seal__title">{subject.typeName}暂时不能出示</Text>
          <Text className="lic-seal__detail">{blocked}</Text>
        </View>
        <View className="lic-actions">
          <View className="btn lic-actions__display" ariaRole="button" onClick={back}>
            返回
          </View>
        </View>
      </PageShell>
    );
  }

  if (shown) {
    const tone = countdownTone(left);
    return (
      <PageShell className="lic-show-page">
        <View className="lic-show">
          <Text className="lic-show__type">{subject.typeName}</Text>
          <Text className="lic-show__issuer">{subject.issuer}</Text>
          <View className={`lic-qr e2e-display-qr ${done ? 'qr--expired' : ''}`}>
            <QrCode
              text={shown.code.code}
              className="lic-qr__square"
              label={used ? '亮证码已被核验' : expired ? '亮证码已过期' : '亮证码二维码，请对方扫码核验'}
            >
              {used ? (
                <View className="lic-qr__cover e2e-display-used">
                  <Text className="lic-qr__cover-text">已被核验</Text>
                  <Text className="lic-qr__cover-hint">
                    {used.verifierNameMasked ?? '对方'}
                    {used.verifiedAt ? ` ${clockOf(used.verifiedAt)}` : ''} 核验
                  </Text>
                </View>
              ) : (
                expired && (
                  <View className="lic-qr__cover">
                    <Text className="lic-qr__cover-text">已过期</Text>
                    <Text className="lic-qr__cover-hint">请点下方“刷新”</Text>
                  </View>
                )
              )}
            </QrCode>
          </View>
          {/* Codes issued by a BFF from before short codes have none. */}
          {shown.code.shortCode && (
            <View
              className={`lic-short ${done ? 'lic-short--done' : ''}`}
              ariaLabel={`短码 ${shown.code.shortCode.split('').join(' ')}`}
            >
              <Text className="lic-short__label">扫不了码时，请对方输入短码</Text>
              <Text className="lic-short__code e2e-display-short">{formatShortCode(shown.code.shortCode)}</Text>
            </View>
          )}
          <View
            className={`lic-countdown lic-countdown--${used ? 'ok' : tone} e2e-display-countdown`}
            ariaRole={used ? 'status' : 'timer'}
          >
            <Text>
              {used ? '已被核验，这个亮证码不能再用' : expired ? '亮证码已过期' : `还剩 ${formatCountdown(left)}`}
            </Text>
          </View>
          <Text className="lic-show__fields e2e-display-shown-fields">
            对方扫码后能看到：{shown.code.fields.join('、')}
          </Text>
        </View>

        {issueError && <ErrorState error={issueError} onRetry={() => void issue()} />}

        <View className="lic-actions">
          <View
            className={`btn ${done ? 'btn--primary' : ''} lic-actions__display e2e-display-refresh ${issuing ? 'btn--disabled' : ''}`}
            ariaRole="button"
            onClick={() => !issuing && void issue()}
          >
            {issuing ? '正在刷新…' : '刷新'}
          </View>
          <View
            className="section__more lic-actions__uses e2e-display-back"
            ariaRole="button"
            onClick={() => setShown(null)}
          >
            <Text>重新选择出示的信息 ›</Text>
          </View>
          <Text className="lic-actions__hint">
            只给办事的工作人员扫码或看短码。亮证码和短码只能用一次，用过或过期后请点“刷新”。
          </Text>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell>
      <View className="section lic-intro">
        <Text className="section__title">{subject.typeName}</Text>
        <Text className="lic-intro__text">请选择给对方看哪些信息。对方扫码后只能看到您勾选的内容。</Text>
      </View>

      <FieldPicker
        labels={subject.labels}
        selected={selected}
        problem={problem}
        onChange={(next) => {
          setPicked(next);
          setProblem(null);
        }}
      />
      <TtlPicker value={ttl} onChange={setTtl} />

      {issueError && <ErrorState error={issueError} onRetry={() => void issue()} />}

      <View className="lic-actions">
        <View
          className={`btn btn--primary lic-actions__display e2e-display-generate ${issuing ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => !issuing && void issue()}
        >
          {issuing ? '正在生成…' : '生成亮证码'}
        </View>
        <Text className="lic-actions__hint">生成后屏幕会调到最亮，方便对方扫码；每次出示都会记入“用证记录”。</Text>
      </View>
    </PageShell>
  );
}
