import type { CodeEntryProps } from './CodeEntry.types';
import { ManualCodeEntry } from './ManualCodeEntry';

/** H5: a browser cannot scan, so the code is pasted (from a scanner gun or a message) or typed. */
export function CodeEntry(props: CodeEntryProps) {
  return <ManualCodeEntry {...props} />;
}
