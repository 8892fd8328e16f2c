import { Text, Textarea, View } from '@tarojs/components';
import { contentLength, MAX_CONTENT } from '../lib/reviewForm';

/** 想说的话 (选填), up to 500 characters with a counter. */
export function ContentBox({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const n = contentLength(value);
  return (
    <View className="section">
      <Text className="rv-q">想对办理单位说的话（选填）</Text>
      <Text className="rv-q__hint">说说遇到的问题，方便核实和整改</Text>
      <Textarea
        className="rv-textarea e2e-rate-content"
        value={value}
        maxlength={MAX_CONTENT}
        placeholder="比如：哪天在哪个窗口、遇到了什么情况"
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className={`rv-counter e2e-rate-counter ${n > MAX_CONTENT ? 'rv-counter--over' : ''}`}>
        {n}/{MAX_CONTENT}
      </Text>
    </View>
  );
}
