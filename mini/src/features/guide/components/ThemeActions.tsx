import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ThemeDetail } from '@zsb/contracts';
import { formatMoment } from '@/lib/when';
import { go } from '@/navigate';
import { useStore } from '@/stores/createStore';
import { sessionStore } from '@/stores/session';
import { readThemeDraft, removeThemeDraft } from '@/stores/themeDrafts';
import { confirm } from '@/lib/feedback';

/**
 * 一次申请: the theme's 掌上办 matters on one form (or 继续上次填写 when this phone holds an unfinished one). Shown
 * only when at least one matter of the theme can be done on the phone.
 */
export function ThemeActions({ theme }: { theme: ThemeDetail }) {
  const online = theme.matters.filter((m) => m.mobileReady).length;
  const session = useStore(sessionStore);
  const residentId = session?.resident.verified ? session.resident.id : null;
  const [savedAt, setSavedAt] = useState<string | null>(null);

  const look = useCallback(() => {
    setSavedAt(residentId ? (readThemeDraft(theme.id, residentId)?.changedAt ?? null) : null);
  }, [residentId, theme.id]);
  useEffect(look, [look]);
  // Back from the form: the copy may have been saved or submitted meanwhile.
  const mounted = useRef(false);
  useDidShow(() => {
    if (mounted.current) look();
    mounted.current = true;
  });

  if (online === 0) return null;
  const open = () => go('themeApply', { id: theme.id });
  const startOver = async () => {
    const confirmed = await confirm({
      title: '重新填写',
      content: '上次没填完的内容会被删除，已上传的照片也要重新上传。确定重新填写吗？',
      confirmText: '重新填写',
      cancelText: '不了',
    });
    if (!confirmed || !residentId) return;
    removeThemeDraft(residentId, theme.id);
    setSavedAt(null);
    open();
  };

  return (
    <View className="guide-actions e2e-theme-actions">
      {savedAt ? (
        <View className="guide-actions__draft e2e-theme-apply-draft">
          <Text className="guide-actions__why">您有一份没填完的申请（{formatMoment(savedAt, Date.now())} 保存）</Text>
          <View
            className="guide-actions__fresh e2e-theme-apply-fresh"
            ariaRole="button"
            onClick={() => void startOver()}
          >
            重新填写
          </View>
        </View>
      ) : (
        <Text className="guide-actions__why">
          {online === theme.matters.length ? `这 ${online} 件事` : `其中 ${online} 件事`}
          可以在手机上一起申请：填一张表，材料只交一次
        </Text>
      )}
      <View className="guide-actions__row">
        <View
          className={`btn btn--primary guide-actions__btn e2e-theme-apply ${savedAt ? 'e2e-theme-apply-resume' : ''}`}
          ariaRole="button"
          onClick={open}
        >
          {savedAt ? '继续上次填写' : '一次申请'}
        </View>
      </View>
    </View>
  );
}
