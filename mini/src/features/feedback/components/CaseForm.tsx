import { Text, View } from '@tarojs/components';
import type { FeedbackCaseKind } from '@zsb/contracts';
import { PhotoUploads } from '@/components/form/PhotoUploads';
import { useCaseForm } from '../hooks/useFeedbackForm';
import { caseMissingText, MAX_PHOTOS, type FeedbackLinks } from '../lib/feedbackForm';
import type { LinkedThing } from '../lib/loadFeedback';
import { KindChoice } from './KindChoice';
import { LinkedCard } from './LinkedCard';
import { SubmitBar } from './SubmitBar';
import { TextBox } from './TextBox';
import { WhoAnswers } from './WhoAnswers';

interface Props {
  links: FeedbackLinks;
  kind: FeedbackCaseKind | null;
  linked: LinkedThing[];
}

/** 反映办不成事: what it is about, the kind, what happened, photos (选填), who answers, 提交. */
export function CaseForm({ links, kind, linked }: Props) {
  const s = useCaseForm(links, kind);
  const missing = caseMissingText(s.form) ?? (s.photosBusy ? '照片还在上传，请稍等' : null);
  return (
    <>
      <LinkedCard things={linked} />
      <KindChoice value={s.form.kind} onChange={s.setKind} />
      <TextBox
        label="说说遇到的情况"
        hint="什么时候、在哪里（网上还是哪个窗口）、卡在了哪一步"
        placeholder="比如：5月6日上午在乡便民服务中心2号窗口，说缺少证明材料，但办事指南上没有写"
        value={s.form.text}
        onChange={s.setText}
      />
      <View className="section e2e-feedback-photos">
        <Text className="fb-q">照片（选填）</Text>
        <Text className="fb-q__hint">最多 {MAX_PHOTOS} 张，比如页面提示、告知单；照片会去掉拍摄地点等信息</Text>
        <PhotoUploads
          photos={s.form.photos}
          uploads={s.uploads}
          max={MAX_PHOTOS}
          hook="e2e-feedback-photo-add"
          onUploaded={s.addPhoto}
          onRemove={s.removePhoto}
          onBusy={s.setPhotosBusy}
        />
      </View>
      <WhoAnswers consult={false} />
      <SubmitBar
        label="提交反映"
        ready={s.ready}
        sending={s.sending}
        missing={missing}
        refusal={s.refusal}
        onSubmit={() => void s.submit()}
      />
    </>
  );
}
