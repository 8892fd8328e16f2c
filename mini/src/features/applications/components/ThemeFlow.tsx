import { useEffect, useMemo, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { applicationsApi } from '@/api/applications';
import { consentKey, isStep, type ApplyStep } from '@/lib/applicationForm';
import { clockOf } from '@/lib/when';
import { rememberAddress } from '@/stores/applyDrafts';
import { removeThemeDraft, writeThemeDraft } from '@/stores/themeDrafts';
import { useFlowEditing } from '../hooks/useFlowEditing';
import { useLocalDraft } from '../hooks/useLocalDraft';
import { useSubmit } from '../hooks/useSubmit';
import type { ThemeContext } from '../lib/loadTheme';
import { mattersByMaterial, themePromise } from '../lib/themeForm';
import { FlowBar } from './FlowBar';
import { FlowSteps } from './FlowSteps';
import { StepBar } from './StepBar';
import { FlowNotices } from './FlowNotices';
import { toast } from '@/lib/feedback';
import { replace } from '@/navigate';

/**
 * 一件事一次办: the same four steps as one matter, over the theme's combined form — each question and material
 * once, a licence allowed for every matter that uses it — submitted as linked applications.
 */
export function ThemeFlow({ ctx, firstStep }: { ctx: ThemeContext; firstStep?: string }) {
  const { form } = ctx;
  const { draft, update, keep, changed } = useLocalDraft(
    isStep(firstStep) ? { ...ctx.draft, step: firstStep as string } : ctx.draft,
    writeThemeDraft,
  );
  const [consents, setConsents] = useState(ctx.consents);
  const matters = useMemo(() => mattersByMaterial(form), [form]);

  const goTo = (next: ApplyStep) => {
    update((d) => ({ ...d, step: next }));
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const editing = useFlowEditing({ form, draft, update, goTo });
  const {
    submit,
    submitting,
    error: submitError,
    clearError,
  } = useSubmit({
    form,
    subject: `theme:${form.themeId}`,
    draft,
    keep,
    goTo,
    showErrors: editing.setErrors,
    send: async (input, attempt) => {
      const res = await applicationsApi.submitTheme(
        { themeId: form.themeId, ...input, notify: attempt.notify },
        attempt.key,
      );
      removeThemeDraft(draft.residentId, form.themeId);
      if (input.delivery?.method === 'mail' && input.delivery.address)
        rememberAddress(draft.residentId, input.delivery.address);
      const ids = res.data.items.map((a) => a.id).join(',');
      replace('themeDone', { theme: form.themeId, ids });
    },
  });

  useEffect(() => {
    if (submitError) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  }, [submitError]);

  useEffect(() => {
    if (ctx.resumed) toast('已恢复上次填写的内容');
  }, [ctx.resumed]);

  const saved = changed || ctx.resumed;
  return (
    <View className="ap-flow">
      <View className="ap-head">
        <Text className="ap-head__matter e2e-theme-form-name">{form.themeName}</Text>
        <Text className="ap-head__matters e2e-theme-form-matters">
          一次申请 {form.matters.length} 件事：{form.matters.map((m) => m.name).join('、')}
        </Text>
        <StepBar step={editing.step} onGo={goTo} />
      </View>
      <FlowNotices
        offline={ctx.offline}
        offlineText="现在连不上网络，用的是手机上保存的表格；可以接着填，联网后再提交。"
        submitError={submitError}
        onRetry={() => {
          clearError();
          submit();
        }}
      />

      <FlowSteps
        form={form}
        draft={draft}
        editing={editing}
        licences={ctx.licences}
        consents={consents}
        onConsented={(typeCode, matterCode) => setConsents((c) => [...c, consentKey(typeCode, matterCode)])}
        mattersOf={(m) => matters[m.key] ?? []}
        theme
        lastAddress={ctx.lastAddress}
        promise={themePromise(form)}
        goTo={goTo}
      />

      <FlowBar
        step={editing.step}
        note={
          <View className="ap-save e2e-save-local">
            <Text className="ap-save__text">
              {saved ? `已保存在这部手机上 ${clockOf(draft.changedAt)}` : '填写的内容会自动保存在这部手机上'}
              ，没填完下次打开接着填
            </Text>
          </View>
        }
        submitting={submitting}
        onPrev={editing.prev}
        onNext={editing.next}
        onSubmit={submit}
      />
    </View>
  );
}
