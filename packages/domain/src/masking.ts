function maskMiddle(s: string, keepStart: number, keepEnd: number): string {
  const chars = Array.from(s);
  if (chars.length <= keepStart + keepEnd) return '*'.repeat(chars.length);
  return (
    chars.slice(0, keepStart).join('') + '*'.repeat(chars.length - keepStart - keepEnd) + chars.slice(-keepEnd).join('')
  );
}

/** 410502199001011234 → 4105**********1234: the region and the last four stay recognisable to the owner. */
export function maskIdNumber(id: string): string {
  return maskMiddle(id.trim(), 4, 4);
}

/** A licence number: 410502198001010036 → 4105**********0036; short ones keep one character in front and two behind. */
export function maskLicenceNumber(n: string): string {
  return Array.from(n).length >= 12 ? maskMiddle(n, 4, 4) : maskMiddle(n, 1, 2);
}

/** 13812345678 → 138****5678. Spaces and dashes residents type are dropped first. */
export function maskPhone(phone: string): string {
  return maskMiddle(phone.replace(/[\s-]/g, ''), 3, 4);
}

/** 张三 → 张*, 欧阳娜娜 → 欧**娜: enough for the owner to recognise, not enough to identify. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  if (chars.length === 2) return `${chars[0]}*`;
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1];
}

// Shape only, not checksum: a log redactor should rather over-mask a bank card than leak an ID number.
// A run starts after anything but a digit (letters too: 身份证号 typed as sfz410…, or ID410…), or right after a
// percent escape: in 身份证%20410502… the run follows %20, whose last character is a digit. It must not run on
// into a letter or digit, so hex hashes and longer numbers stay whole.
const START = String.raw`(?:(?<=%[0-9A-Fa-f]{2})|(?<!\d))`;
const ID_NUMBER_SHAPED = new RegExp(String.raw`${START}\d{17}[\dXx](?![0-9A-Za-z])`, 'g');
// 11-digit mainland mobiles, also written 138 1234 5678 / 138-1234-5678 or after +86 (%2B86 in a URL).
const MOBILE_SHAPED = new RegExp(String.raw`${START}1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![0-9A-Za-z])`, 'g');
const MOBILE_AFTER_86 = /(?<=(?:\+|%2[Bb]|(?<!\d))86(?:[\s-]|%20)?)1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/g;

/** Replaces every ID-number-shaped and mobile-shaped run in free text with its masked form. */
export function maskPiiInText(text: string): string {
  return text
    .replace(ID_NUMBER_SHAPED, maskIdNumber)
    .replace(MOBILE_AFTER_86, maskPhone)
    .replace(MOBILE_SHAPED, maskPhone);
}
