export interface CodeEntryProps {
  busy: boolean;
  /** The text scanned or pasted; resolves true when it was checked in (the box is then cleared for the next). */
  onCode: (text: string) => Promise<boolean>;
}
