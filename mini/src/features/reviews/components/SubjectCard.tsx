import { Text, View } from '@tarojs/components';
import { formatMoment } from '@/lib/when';

interface Props {
  kindWord: string;
  title: string;
  place: string | null;
  openUntil?: string | null;
}

/** What is being rated: the matter (or the center of a window), where, and until when it may be rated. */
export function SubjectCard({ kindWord, title, place, openUntil }: Props) {
  return (
    <View className="section e2e-rate-subject">
      <Text className="rv-subject__kind">{kindWord}</Text>
      <Text className="rv-subject__title e2e-rate-title">{title}</Text>
      {place ? <Text className="rv-subject__line">{place}</Text> : null}
      {openUntil ? (
        <Text className="rv-subject__line muted">评价截止 {formatMoment(openUntil, Date.now())}</Text>
      ) : null}
    </View>
  );
}
