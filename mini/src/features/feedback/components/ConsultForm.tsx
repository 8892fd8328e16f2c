import { Text, View } from '@tarojs/components';
import { useConsultForm } from '../hooks/useFeedbackForm';
import { textProblem } from '../lib/feedbackForm';
import { SubmitBar } from './SubmitBar';
import { TextBox } from './TextBox';
import { WhoAnswers } from './WhoAnswers';

/** 咨询 about one matter: its name, the question, who answers, 提交. */
export function ConsultForm({ matterCode, matterName }: { matterCode: string; matterName: string }) {
  const s = useConsultForm(matterCode);
  const problem = textProblem(s.text);
  return (
    <>
      <View className="section e2e-consult-matter">
        <Text className="fb-subject__kind">咨询的事项</Text>
        <Text className="fb-subject__title e2e-consult-matter-name">{matterName}</Text>
      </View>
      <TextBox
        label="您想问什么？"
        hint="比如能不能办、要带什么、能不能在手机上办"
        placeholder="把问题写清楚，办理单位会书面答复您"
        value={s.text}
        onChange={s.setText}
      />
      <WhoAnswers consult />
      <SubmitBar
        label="提交咨询"
        ready={s.ready}
        sending={s.sending}
        missing={problem ? `还要：写清楚问题（${problem}）` : null}
        refusal={s.refusal}
        onSubmit={() => void s.submit()}
      />
    </>
  );
}
