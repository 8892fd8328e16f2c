import { Text, View } from '@tarojs/components';
import type { SlotDay } from '@zsb/contracts';
import { dayLabel, nearDayWord } from '@/lib/when';

interface Props {
  day: SlotDay;
  /** The next day with places, if the horizon has one. */
  next: SlotDay | undefined;
  onPick: (date: string) => void;
}

/** A day whose booking time is over (今天 after the last slot): say so, and offer the next day with places. */
export function DayEnded({ day, next, onPick }: Props) {
  const now = Date.now();
  return (
    <View className="bk-banner e2e-day-ended-note">
      <Text>{nearDayWord(day.date, now) === '今天' ? '今天' : '这天'}的预约时间已过，请选择其他日期</Text>
      {next && (
        <View
          className="btn btn--primary bk-banner__btn e2e-next-open-day"
          ariaRole="button"
          onClick={() => onPick(next.date)}
        >
          看{dayLabel(next.date, now)}的时段
        </View>
      )}
    </View>
  );
}
