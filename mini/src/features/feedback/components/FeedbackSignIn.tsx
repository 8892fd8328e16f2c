import { SignInNeeded } from '@/components/SignInNeeded';
import { rememberPageQuery } from '../pendingFeedback';

interface Props {
  page: 'feedbackNew' | 'consult' | 'feedback';
  query: Record<string, string | undefined>;
  onSignedIn: () => void;
}

const WORDS = {
  feedbackNew: { title: '反映问题要先登录', hint: '登录后会回到这里接着填。不需要实名认证。' },
  consult: { title: '咨询要先登录', hint: '登录后会回到这里接着问。不需要实名认证。' },
  feedback: { title: '查看反映要先登录', hint: '登录后会回到这里。' },
} as const;

/** Sign in (not 实名); on H5 the page comes back without its query, so what it was opened for is kept. */
export function FeedbackSignIn({ page, query, onSignedIn }: Props) {
  return (
    <SignInNeeded
      {...WORDS[page]}
      hook="e2e-feedback-login"
      onLeaving={() => rememberPageQuery(page, query)}
      onSignedIn={onSignedIn}
    />
  );
}
