import { Text, View } from '@tarojs/components';
import type { SlotDay } from '@zsb/contracts';
import { formatDate, nearDayWord } from '@/lib/when';
import { dayNote } from '../lib/slotChoice';

interface Props {
  days: SlotDay[];
  selected: string | null;
  onSelect: (date: string) => void;
}

/** Every day of the booking horizon; a closed day shows why (元旦放假, 周末休息) and cannot be chosen. */
export function DayPicker({ days, selected, onSelect }: Props) {
  const now = Date.now();
  return (
    <View className="bk-days e2e-days" ariaRole="radiogroup" ariaLabel="选择日期">
      {days.map((d) => {
        const [monthDay, weekday] = formatDate(d.date).split(' ');
        const on = d.date === selected;
        const classes = [
          'bk-day',
          'e2e-day',
          on ? 'chip--on bk-day--on' : '',
          d.open ? '' : 'bk-day--closed e2e-day-closed',
        ];
        if (d.state === 'full') classes.push('bk-day--full');
        if (d.state === 'ended') classes.push('bk-day--ended e2e-day-ended');
        return (
          <View
            key={d.date}
            className={classes.filter(Boolean).join(' ')}
            ariaRole="radio"
            aria-checked={on ? 'true' : 'false'}
            aria-disabled={d.open ? 'false' : 'true'}
            onClick={() => d.open && onSelect(d.date)}
          >
            <Text className="bk-day__word">{nearDayWord(d.date, now) ?? weekday}</Text>
            <Text className="bk-day__date">{monthDay}</Text>
            <Text className="bk-day__note">{dayNote(d)}</Text>
          </View>
        );
      })}
    </View>
  );
}
