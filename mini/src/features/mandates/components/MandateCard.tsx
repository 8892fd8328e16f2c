import { Text, View } from '@tarojs/components';
import type { Mandate, MandateTodo } from '@zsb/contracts';
import { go } from '@/navigate';
import {
  kindLine,
  LEVEL_SHORT,
  mattersText,
  otherName,
  stateText,
  stateTone,
  todoText,
  todoUrgent,
  untilText,
} from '../lib/mandateText';

// A card says what to do next, not everything: the rest is on the 委托's page and in TA的办件.
const TODOS_SHOWN = 3;

/**
 * One 委托 in a list: the other side (masked), as what, what they may do, which matters, until when, its state;
 * for a helper, what needs doing next (我代办的), most urgent first.
 */
export function MandateCard({ m, todos = [] }: { m: Mandate; todos?: MandateTodo[] }) {
  return (
    <View className="md-card e2e-mandate-card" ariaRole="link" onClick={() => go('mandate', { id: m.id })}>
      <View className="md-card__top">
        <Text className="md-card__name e2e-mandate-card-name">{otherName(m)}</Text>
        <Text className={`tag tag--${stateTone(m.state)} e2e-mandate-card-state`}>{stateText(m.state)}</Text>
      </View>
      <Text className="md-card__line e2e-mandate-card-kind">
        {kindLine(m)} · {LEVEL_SHORT[m.level]}
      </Text>
      <Text className="md-card__line md-card__matters e2e-mandate-card-matters">{mattersText(m)}</Text>
      <Text className="md-card__line muted e2e-mandate-card-until">
        {m.state === 'revoked' ? '已撤销' : untilText(m.expiresAt)}
      </Text>
      {todos.slice(0, TODOS_SHOWN).map((t) => (
        <Text
          key={`${t.subjectKind}-${t.subjectId}`}
          className={`md-todo e2e-mandate-card-todo ${todoUrgent(t) ? 'md-todo--urgent' : ''}`}
        >
          {todoText(t)}
        </Text>
      ))}
    </View>
  );
}
