import type { ReviewCaseStep } from '@zsb/contracts';
import { StepTimeline } from '@/components/StepTimeline';

/** Every step of a 差评 case, the latest on top: what happened, when, which office, and its note. */
export function CaseTimeline({ steps, nowMs }: { steps: ReviewCaseStep[]; nowMs: number }) {
  return <StepTimeline steps={steps} nowMs={nowMs} hook="e2e-case" />;
}
