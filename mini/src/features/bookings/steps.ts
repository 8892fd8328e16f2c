import Taro from '@tarojs/taro';
import type { ApiError } from '@/api/errors';
import { go } from '@/navigate';
import { bookingAdviceFor, STEP_SHORT, type BookingStep } from './lib/bookingAdvice';
import { confirm } from '@/lib/feedback';

export type StepHandlers = Partial<Record<BookingStep, () => void>>;

/** Next steps that are a plain navigation; the others (another slot, the waitlist, a retry) need the page. */
export const NAVIGATION_STEPS: StepHandlers = {
  bookings: () => go('bookings'),
  identity: () => go('identity'),
  mine: () => go('mine'),
  call: () => void Taro.makePhoneCall({ phoneNumber: '12345' }).catch(() => undefined),
};

/** The steps of a refusal that can run here, never none: 12345 is the last resort. */
export function runnableSteps(error: ApiError, handlers: StepHandlers): BookingStep[] {
  const steps = bookingAdviceFor(error.code).steps.filter((s) => handlers[s]);
  return steps.length > 0 ? steps : ['call'];
}

/** A refusal in a modal (after a tap that stays on the page): the message, the hint, and the first next step. */
export async function showRefusal(title: string, error: ApiError, handlers: StepHandlers = {}): Promise<void> {
  const run: StepHandlers = { ...NAVIGATION_STEPS, ...handlers };
  const [step] = runnableSteps(error, run);
  const confirmed = await confirm({
    title,
    content: `${error.message.replace(/[。！!.]$/, '')}。${bookingAdviceFor(error.code).hint}`,
    confirmText: STEP_SHORT[step],
    cancelText: '知道了',
  });
  if (confirmed) run[step]?.();
}
