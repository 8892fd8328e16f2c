import { Text, View } from '@tarojs/components';
import { CopyRow } from '@/components/CopyRow';
import { PageShell } from '@/components/PageShell';
import { formatLongDate } from '@/lib/when';
import { go } from '@/navigate';
import { useNumbered } from '../hooks/useNumbered';
import '../apply.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/**
 * 已提交 at once (the application is recorded), then the 办件编号 and 查询码 as soon as the platform has accepted it:
 * the page asks every 2 seconds for about half a minute, and says what happens if it takes longer.
 */
export default function ApplyDonePage() {
  const { id = '' } = useRouteParams('applyDone');
  const { details, error, gaveUp, refresh } = useNumbered(id ? [id] : []);
  const detail = details[id] ?? null;
  const number = detail?.number ?? null;
  return (
    <PageShell className="ap-done-page">
      <View className="ap-done e2e-apply-success" ariaRole="alert">
        <Text className="ap-done__title">✓ 已提交</Text>
        <Text className="ap-done__text">
          {`${detail ? `“${detail.matterName}”的申请` : '申请'}已经提交，${number ? '办理部门已经收到。' : '正在报送办理部门。'}`}
        </Text>
      </View>

      <View className="section e2e-apply-codes">
        <View className="section__head">
          <Text className="section__title">{number ? '请记下这两个号码' : '办件编号'}</Text>
        </View>
        {number && detail?.queryCode ? (
          <>
            <CopyRow label="办件编号" value={number} hook="e2e-apply-number" />
            <CopyRow label="查询码" value={detail.queryCode} hook="e2e-apply-query-code" />
            <Text className="muted">凭办件编号和查询码，不登录也能在“办件进度查询”里查进度，请记下或截图保存。</Text>
          </>
        ) : gaveUp ? (
          <View className="e2e-apply-waiting">
            <Text className="ap-waiting">
              办理平台还没有回复，您的申请已经保存，不会丢。编号生成后会通知您，也可以稍后在“我的办件”里查看。
            </Text>
            <View className="btn ap-waiting__btn e2e-apply-refresh" ariaRole="button" onClick={refresh}>
              刷新
            </View>
          </View>
        ) : (
          <Text className="ap-waiting e2e-apply-waiting">正在生成办件编号，一般几秒钟就好…</Text>
        )}
        {error && !number && <Text className="muted">（{error.message}，会继续尝试）</Text>}
      </View>

      {detail?.promisedBy && (
        <View className="section">
          <Text className="ap-promise__text e2e-apply-promised">承诺在 {formatLongDate(detail.promisedBy)} 前办结</Text>
          <Text className="muted">按工作日计算，不含周末和节假日；需要补正时会提醒您。</Text>
        </View>
      )}

      <View className="ap-actions">
        <View className="btn btn--primary e2e-apply-detail" ariaRole="button" onClick={() => go('application', { id })}>
          查看办件进度
        </View>
        <View className="btn" ariaRole="button" onClick={() => go('home')}>
          回到首页
        </View>
      </View>
    </PageShell>
  );
}
