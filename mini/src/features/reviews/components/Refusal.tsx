import type { ApiError } from '@/api/errors';
import { SendRefusal } from '@/components/SendRefusal';

/** A 评价 that did not go through; 再试一次 sends the same Idempotency-Key. */
export function Refusal({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  return <SendRefusal error={error} onRetry={onRetry} hook="e2e-review" />;
}
