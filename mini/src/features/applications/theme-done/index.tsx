import { Text, View } from '@tarojs/components';
import { catalogApi } from '@/api/catalog';
import { AtWindowMatters } from '@/components/AtWindowMatters';
import { CopyRow } from '@/components/CopyRow';
import { PageShell } from '@/components/PageShell';
import { useQuery } from '@/hooks/useQuery';
import { formatLongDate } from '@/lib/when';
import { go } from '@/navigate';
import { useNumbered } from '../hooks/useNumbered';
import '../apply.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/**
 * 一件事一次办 submitted: the linked applications, each with its 办件编号 and 查询码 as soon as the platform has
 * accepted it, the date all are promised by, and the matters of the theme that are done at a window (预约).
 */
export default function ThemeDonePage() {
  const params = useRouteParams('themeDone');
  const themeId = params.theme ?? '';
  const ids = (params.ids ?? '').split(',').filter(Boolean);
  const { details, error, gaveUp, refresh } = useNumbered(ids);
  // The theme's name and its matters done at a window; the page works without them.
  const theme = useQuery(themeId || null, () => catalogApi.theme(themeId));

  const shown = ids.map((id) => details[id]);
  const numbered = shown.filter((d) => d?.number).length;
  const all = ids.length > 0 && numbered === ids.length;
  const promisedBy = shown
    .map((d) => d?.promisedBy ?? null)
    .filter((p): p is string => p !== null)
    .sort()
    .pop();
  const name = theme.state.data?.name;
  const atWindow = (theme.state.data?.matters ?? []).filter((m) => !m.mobileReady);

  return (
    <PageShell className="ap-done-page">
      <View className="ap-done e2e-theme-success" ariaRole="alert">
        <Text className="ap-done__title">✓ 已提交</Text>
        <Text className="ap-done__text">
          {`${name ? `“${name}”的 ` : ''}${ids.length} 件事已经一起提交，${all ? '办理部门都已收到。' : '正在报送办理部门。'}`}
        </Text>
      </View>

      <View className="section e2e-theme-items">
        <View className="section__head">
          <Text className="section__title">{numbered > 0 ? '请记下每件事的号码' : '办件编号'}</Text>
        </View>
        {ids.map((id, i) => {
          const d = details[id];
          return (
            <View key={id} className="ap-item e2e-theme-item">
              <Text className="ap-item__name e2e-theme-item-matter">
                {i + 1}. {d?.matterName ?? '正在读取…'}
              </Text>
              {d?.number && d.queryCode ? (
                <>
                  <CopyRow label="办件编号" value={d.number} hook="e2e-theme-item-number" />
                  <CopyRow label="查询码" value={d.queryCode} hook="e2e-theme-item-query-code" />
                </>
              ) : (
                <Text className="ap-waiting e2e-theme-item-waiting">
                  {gaveUp ? '办理平台还没有回复，申请已经保存，不会丢' : '正在生成办件编号…'}
                </Text>
              )}
              <View
                className="ap-item__link e2e-theme-item-detail"
                ariaRole="link"
                onClick={() => go('application', { id })}
              >
                <Text>查看办件进度 ›</Text>
              </View>
            </View>
          );
        })}
        {gaveUp && !all && (
          <View className="e2e-theme-waiting">
            <Text className="ap-waiting">编号生成后会通知您，也可以稍后在“我的办件”里查看。</Text>
            <View className="btn ap-waiting__btn e2e-theme-refresh" ariaRole="button" onClick={refresh}>
              刷新
            </View>
          </View>
        )}
        {error && !all && <Text className="muted">（{error.message}，会继续尝试）</Text>}
        {numbered > 0 && (
          <Text className="muted">凭办件编号和查询码，不登录也能在“办件进度查询”里查进度，请记下或截图保存。</Text>
        )}
      </View>

      {promisedBy && (
        <View className="section">
          <Text className="ap-promise__text e2e-theme-promised">承诺在 {formatLongDate(promisedBy)} 前全部办结</Text>
          <Text className="muted">几件事同时办理，按工作日计算；需要补正时会提醒您。</Text>
        </View>
      )}

      <AtWindowMatters
        matters={atWindow}
        intro={`还有这些事项需要到窗口办理：${atWindow.map((m) => m.name).join('、')}`}
      />

      <View className="ap-actions">
        <View className="btn btn--primary e2e-theme-applications" ariaRole="button" onClick={() => go('applications')}>
          查看我的办件
        </View>
        <View className="btn" ariaRole="button" onClick={() => go('home')}>
          回到首页
        </View>
      </View>
    </PageShell>
  );
}
