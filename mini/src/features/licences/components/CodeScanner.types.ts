export interface CodeScannerProps {
  /** A check is under way: no new scan starts. */
  busy: boolean;
  /** The text of the QR code read (anything: the page decides whether it is a 亮证码). */
  onCode: (text: string) => Promise<void>;
}
