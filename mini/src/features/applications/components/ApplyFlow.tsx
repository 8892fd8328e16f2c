import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { applicationsApi } from '@/api/applications';
import { consentKey, isStep, type ApplyStep } from '@/lib/applicationForm';
import { rememberAddress, removeLocalDraft } from '@/stores/applyDrafts';
import { useDraftSaver } from '../hooks/useDraftSaver';
import { useFlowEditing } from '../hooks/useFlowEditing';
import { useSubmit } from '../hooks/useSubmit';
import type { ApplyContext } from '../lib/loadApply';
import { FlowBar } from './FlowBar';
import { FlowSteps } from './FlowSteps';
import { SaveNote } from './SaveNote';
import { StepBar } from './StepBar';
import { FlowNotices } from './FlowNotices';
import { toast } from '@/lib/feedback';
import { replace } from '@/navigate';

/** The four steps of 在线办理 over one draft that saves itself. */
export function ApplyFlow({ ctx, firstStep }: { ctx: ApplyContext; firstStep?: string }) {
  const { form } = ctx;
  const saver = useDraftSaver(isStep(firstStep) ? { ...ctx.draft, step: firstStep as string } : ctx.draft);
  const { draft, update } = saver;
  const [consents, setConsents] = useState(ctx.consents);
  const matter = { code: form.matterCode, name: form.matterName };

  const goTo = (next: ApplyStep) => {
    update((d) => ({ ...d, step: next }), { now: true });
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
    subject: form.matterCode,
    draft,
    keep: saver.keep,
    pauseSaving: saver.pause,
    resumeSaving: saver.resume,
    goTo,
    showErrors: editing.setErrors,
    send: async (input, attempt) => {
      const res = await applicationsApi.submit(
        { ...input, matterCode: form.matterCode, draftId: draft.id, notify: attempt.notify },
        attempt.key,
      );
      removeLocalDraft(draft.id);
      if (input.delivery?.method === 'mail' && input.delivery.address)
        rememberAddress(draft.residentId, input.delivery.address);
      replace('applyDone', { id: res.data.id });
    },
  });

  // A refused or failed submission is explained at the top of the page: bring it into view.
  useEffect(() => {
    if (submitError) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  }, [submitError]);

  useEffect(() => {
    if (ctx.resumedFrom) toast('已恢复上次填写的内容');
  }, [ctx.resumedFrom]);

  return (
    <View className="ap-flow">
      <View className="ap-head">
        <Text className="ap-head__matter e2e-apply-matter">{form.matterName}</Text>
        <StepBar step={editing.step} onGo={goTo} />
      </View>
      <FlowNotices
        offline={ctx.offline}
        offlineText="现在连不上网络，用的是手机上保存的表格；可以接着填，联网后会自动保存。"
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
        mattersOf={() => [matter]}
        lastAddress={ctx.lastAddress}
        goTo={goTo}
      />

      <FlowBar
        step={editing.step}
        note={<SaveNote save={saver.save} onRetry={() => void saver.flush()} />}
        submitting={submitting}
        onPrev={editing.prev}
        onNext={editing.next}
        onSubmit={submit}
      />
    </View>
  );
}
