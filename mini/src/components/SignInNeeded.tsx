import { useState } from 'react';
import { View } from '@tarojs/components';
import { signIn } from '@/api/auth';
import { asApiError } from '@/api/errors';
import { signsInSilently } from '@/api/platformLogin';
import { EmptyState } from './StateView';

interface Props {
  title: string;
  hint: string;
  /** e2e hook of the 登录 button. */
  hook: string;
  /**
   * Only where signing in leaves the page (H5): keep what the page was opened for. The browser comes back to the
   * page path without its query.
   */
  onLeaving: () => void;
  /** After a silent sign-in (WeChat, Alipay): load the page again. */
  onSignedIn: () => void;
}

/** A page that needs the resident signed in: 登录, and coming back to this page carries on. */
export function SignInNeeded({ title, hint, hook, onLeaving, onSignedIn }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const login = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    if (!signsInSilently) onLeaving();
    try {
      const session = await signIn();
      if (session) onSignedIn();
    } catch (err) {
      setProblem(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <EmptyState title={title} hint={hint}>
      <View
        className={`btn btn--primary state__btn ${hook} ${busy ? 'btn--disabled' : ''}`}
        ariaRole="button"
        onClick={() => void login()}
      >
        {busy ? '正在登录…' : '登录'}
      </View>
      {problem ? (
        <View className="state__hint" ariaRole="alert">
          {problem}
        </View>
      ) : null}
    </EmptyState>
  );
}
