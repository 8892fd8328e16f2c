import { maskPiiInText } from '@zsb/domain';

// Names whose values are credentials or one-time codes, in any spelling (smsCode, sms_code, SMS-CODE …): a value
// under such a name opens an account, a session, an application's progress or a sign-in, whoever reads it.
const SECRET_NAME = String.raw`(?:[A-Za-z0-9_-]*(?:token|secret|passw(?:or)?d|verifier|ticket|private[_-]?key|api[_-]?key|session[_-]?key|credential)[A-Za-z0-9_-]*|(?:(?:sms|query|js|auth|authori[sz]ation|display|check[_-]?in|verif(?:y|ication))[_-]?)?code|state|captcha)`;
const IS_SECRET_NAME = new RegExp(`^${SECRET_NAME}$`, 'i');

export const isSecretName = (name: string): boolean => IS_SECRET_NAME.test(name);

const REDACTED = '[redacted]';

// The error codes logged under `code` (ours: UPLOAD_MALFORMED; Node's: ECONNRESET, ERR_…) name a kind of failure,
// not a credential, and an operator needs them. One-time codes are digits or mixed case and do not look like this.
const ERROR_CODE = /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|E[A-Z]{3,})$/;

// "name":"value" or "name":123 in a JSON line, at any depth of escaping: a JSON text logged inside a string
// (an upstream's body) has its quotes escaped once (\"name\":\"value\"), twice inside that, and so on. The value
// ends at the first quote escaped exactly as its opening one was.
const JSON_PAIR = new RegExp(
  String.raw`(\\*)"(${SECRET_NAME})\1"(\s*:\s*)(?:\1"([\s\S]*?)(?<!\\)\1"|(-?\d[\d.eE+-]*))`,
  'gi',
);

// name=value in a query string or form body, also percent-encoded (%3F and %26 for ? and &, %3D for =), wherever it
// stands in a line: a URL in a message, a redirect target carried inside another URL.
const QUERY_PAIR = new RegExp(
  String.raw`(^|[?&;\s"'/]|%3[Ff]|%26)(${SECRET_NAME})(=|%3[Dd])((?:(?!%26)[^&\s"'#\\])*)`,
  'gi',
);

/** Replaces the value of every secret-named field in a log line, whether JSON or query string. */
export function redactSecretsInText(text: string): string {
  return text
    .replace(JSON_PAIR, (pair, ...groups: (string | undefined)[]) => {
      const [escape, name, colon, text] = groups as [string, string, string, string | undefined];
      if (text !== undefined && name.toLowerCase() === 'code' && ERROR_CODE.test(text)) return pair;
      return `${escape}"${name}${escape}"${colon}${escape}"${REDACTED}${escape}"`;
    })
    .replace(
      QUERY_PAIR,
      (_pair, before: string, name: string, equals: string) => `${before}${name}${equals}${REDACTED}`,
    );
}

// Percent escapes decoded as UTF-8 bytes, so a broken sequence (%E8%AF, a lone %FF) becomes U+FFFD instead of an
// exception, and "%zz" stays as it is.
const decodePercent = (text: string): string =>
  text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));

/**
 * The form of a query-string part that masking can see: decoded (a "+" is a space there), again while it still
 * changes (a number encoded twice, %2534, is still a number), and full-width digits made plain.
 */
function readable(part: string): string {
  let text = part.replace(/\+/g, ' ');
  for (let round = 0; round < 3; round++) {
    const next = decodePercent(text);
    if (next === text) break;
    text = next;
  }
  return text.normalize('NFKC');
}

/**
 * A request URL as it may be logged: path and query decoded, so an ID number or phone is masked however it was
 * encoded (身份证%20410502… in the app's own search), and the value of every secret-named parameter (the progress
 * query code, an OAuth code and state, an H5 ticket, tokens) replaced. Only this form is logged, never the raw one.
 */
export function loggableUrl(url: string): string {
  const cut = url.indexOf('?');
  const path = maskPiiInText(readable(cut < 0 ? url : url.slice(0, cut)));
  if (cut < 0) return path;
  const params = url
    .slice(cut + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const name = readable(eq < 0 ? pair : pair.slice(0, eq));
      if (eq < 0) return maskPiiInText(name);
      const value = isSecretName(name) ? REDACTED : redactSecretsInText(readable(pair.slice(eq + 1)));
      return `${maskPiiInText(name)}=${maskPiiInText(value)}`;
    });
  return `${path}?${params.join('&')}`;
}
