import { Text, View } from '@tarojs/components';
import { actionLabel, type NextAction, type Refusal } from '../lib/identityFlow';

interface Props {
  refusal: Refusal;
  onAction: (action: NextAction) => void;
}

/** Why 实名认证 did not go through, in the server's words, and the ways forward as buttons (the first one is the main one). */
export function RefusalCard({ refusal, onAction }: Props) {
  return (
    <View className="id-refusal e2e-id-refusal e2e-id-alert" ariaRole="alert">
      <Text className="id-refusal__title">{refusal.title}</Text>
      <Text className="id-refusal__message e2e-id-refusal-message">{refusal.message}</Text>
      {refusal.actions.map((action, i) => (
        <View
          key={action}
          className={`btn ${i === 0 ? 'btn--primary' : ''} id-refusal__btn e2e-id-next-${action}`}
          ariaRole="button"
          onClick={() => onAction(action)}
        >
          {actionLabel(action, refusal.phoneOnFileMasked)}
        </View>
      ))}
      {refusal.requestId ? <Text className="id-refusal__id">问题编号：{refusal.requestId}</Text> : null}
    </View>
  );
}
