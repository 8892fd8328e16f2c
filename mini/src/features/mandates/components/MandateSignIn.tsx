import { SignInNeeded } from '@/components/SignInNeeded';
import { rememberQuery } from '@/lib/pendingQuery';

interface Props {
  /** The page, and what it was opened for (kept across an H5 sign-in, which comes back without the query). */
  page: 'mandates' | 'mandate' | 'mandateInvite' | 'mandateGrant' | 'mandateRequest';
  query?: Record<string, string | undefined>;
  onSignedIn: () => void;
}

const WORDS = {
  mandates: { title: '查看委托要先登录', hint: '登录后会回到这里。' },
  mandate: { title: '查看委托要先登录', hint: '登录后会回到这里。' },
  mandateInvite: { title: '出示代办码要先登录', hint: '代办人要先登录并实名认证。' },
  mandateGrant: { title: '确认委托要先登录', hint: '请用您自己的手机登录，登录后会回到这里接着确认。' },
  mandateRequest: { title: '代办申请要先登录', hint: '代办人要先登录并实名认证。' },
} as const;

/** Sign in first; on H5 the page comes back without its query, so what it was opened for is kept. */
export function MandateSignIn({ page, query, onSignedIn }: Props) {
  return (
    <SignInNeeded
      {...WORDS[page]}
      hook="e2e-mandate-login"
      onLeaving={() => query && rememberQuery(page, query)}
      onSignedIn={onSignedIn}
    />
  );
}
