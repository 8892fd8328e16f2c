export interface CodeEntryWords {
  /** Above the box where the code is pasted or typed. */
  manualLabel: string;
  placeholder: string;
  /** The button beside the box, and while it works. */
  submit: string;
  busy: string;
  /** The scan button (WeChat, Alipay). */
  scan: string;
}

export interface CodeEntryProps {
  busy: boolean;
  /** The text scanned or pasted; resolves true when it was taken (the box is then cleared for the next). */
  onCode: (text: string) => Promise<boolean>;
  /** Test hooks: `e2e-<hook>-input`, `e2e-<hook>-submit`, `e2e-<hook>-scan`. */
  hook: string;
  words: CodeEntryWords;
  /** A short code a person can read out: offer typing on WeChat and Alipay too, under the scan button. */
  typeable?: boolean;
  inputType?: 'text' | 'number';
}
