import { Text, View } from '@tarojs/components';
import type { MatterGuide } from '@zsb/contracts';
import { randomId } from '@/lib/randomId';
import { formatMoment } from '@/lib/when';
import { go } from '@/navigate';
import { useMatterDraft } from '../hooks/useMatterDraft';
import { confirm } from '@/lib/feedback';

/** 在线办理 (or 继续上次填写 when a draft is waiting) / 预约办理: the nearest centers that handle this matter. */
export function GuideActions({ guide }: { guide: MatterGuide }) {
  const { draft, discard } = useMatterDraft(guide.code, guide.mobileReady);
  // A new draft gets its id now, so reopening the page (or reloading it on H5) finds the same draft again.
  const applyNew = () => go('apply', { code: guide.code, draft: randomId('d') });
  const apply = () => {
    if (!guide.mobileReady) return;
    if (draft) go('apply', { code: guide.code, draft: draft.id });
    else applyNew();
  };
  const startOver = async () => {
    const confirmed = await confirm({
      title: '重新填写',
      content: '上次没填完的内容会被删除，已上传的照片也要重新上传。确定重新填写吗？',
      confirmText: '重新填写',
      cancelText: '不了',
    });
    if (!confirmed) return;
    await discard();
    applyNew();
  };

  return (
    <View className="guide-actions">
      {!guide.mobileReady && (
        <Text className="guide-actions__why">这个事项暂时不能在手机上全程办理，可以预约后到窗口办</Text>
      )}
      {guide.mobileReady && draft && (
        <View className="guide-actions__draft e2e-apply-draft">
          <Text className="guide-actions__why">
            您有一份没填完的申请（{formatMoment(draft.changedAt, Date.now())} 保存）
          </Text>
          <View className="guide-actions__fresh e2e-apply-fresh" ariaRole="button" onClick={() => void startOver()}>
            重新填写
          </View>
        </View>
      )}
      <View className="guide-actions__row">
        <View
          className={`btn guide-actions__btn e2e-apply ${draft ? 'e2e-apply-resume' : ''} ${guide.mobileReady ? 'btn--primary' : 'btn--disabled'}`}
          ariaRole="button"
          ariaLabel={guide.mobileReady ? (draft ? '继续上次填写' : '在线办理') : '在线办理，暂不可用'}
          aria-disabled={guide.mobileReady ? 'false' : 'true'}
          onClick={apply}
        >
          {draft ? '继续上次填写' : '在线办理'}
        </View>
        <View
          className={`btn guide-actions__btn e2e-book ${guide.mobileReady ? '' : 'btn--primary'}`}
          ariaRole="button"
          onClick={() => go('centers', { matterCode: guide.code, matterName: guide.name })}
        >
          预约办理
        </View>
      </View>
    </View>
  );
}
