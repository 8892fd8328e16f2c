import { Text, Textarea, View } from '@tarojs/components';
import { MAX_TEXT, MIN_TEXT, textLength } from '../lib/feedbackForm';

interface Props {
  label: string;
  hint: string;
  placeholder: string;
  value: string;
  onChange: (v: string) => void;
}

/** What happened, or the question: 5 to 1000 characters, with a counter. */
export function TextBox({ label, hint, placeholder, value, onChange }: Props) {
  const n = textLength(value);
  const short = n > 0 && n < MIN_TEXT;
  return (
    <View className="section e2e-feedback-text-box">
      <Text className="fb-q">{label}</Text>
      <Text className="fb-q__hint">{hint}</Text>
      <Textarea
        className="fb-textarea e2e-feedback-text"
        value={value}
        maxlength={MAX_TEXT}
        placeholder={placeholder}
        onInput={(e) => onChange(e.detail.value)}
      />
      <Text className={`fb-counter e2e-feedback-counter ${n > MAX_TEXT ? 'fb-counter--over' : ''}`}>
        {short ? `至少 ${MIN_TEXT} 个字 · ` : ''}
        {n}/{MAX_TEXT}
      </Text>
    </View>
  );
}
