import { Text, View } from '@tarojs/components';
import type { ApiError } from '@/api/errors';
import { bookingAdviceFor, STEP_LABEL } from '../lib/bookingAdvice';
import { NAVIGATION_STEPS, runnableSteps, type StepHandlers } from '../steps';
import '@/components/StateView.css';

/**
 * A refusal the resident can act on: the server's own message, one line on what to do, and the buttons to do it.
 * Steps that need the page (another slot, the waitlist, a retry) come from `handlers`; a step nobody can run is
 * left out, and 12345 is always there as the last resort, so no refusal is a dead end.
 */
export function Refusal({ error, handlers }: { error: ApiError; handlers?: StepHandlers }) {
  const advice = bookingAdviceFor(error.code);
  const run: StepHandlers = { ...NAVIGATION_STEPS, ...handlers };
  const steps = runnableSteps(error, run);
  return (
    <View className="state state--error bk-refusal e2e-error e2e-refusal" ariaRole="alert">
      <Text className="state__title e2e-refusal-message">{error.message}</Text>
      <Text className="state__hint">{advice.hint}</Text>
      <View className="state__actions">
        {steps.map((s, i) => (
          <View
            key={s}
            className={`btn ${i === 0 ? 'btn--primary' : ''} state__btn e2e-refusal-${s}`}
            ariaRole="button"
            onClick={run[s]}
          >
            {STEP_LABEL[s]}
          </View>
        ))}
      </View>
      {error.requestId ? <Text className="state__id">问题编号：{error.requestId}</Text> : null}
    </View>
  );
}
