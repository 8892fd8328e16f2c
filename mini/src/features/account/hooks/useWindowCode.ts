import { useCallback, useEffect, useRef, useState } from 'react';
import type { IdentityResult } from '@zsb/contracts';
import { signIn } from '@/api/auth';
import { asApiError } from '@/api/errors';
import { meApi } from '@/api/me';
import { signsInSilently } from '@/api/platformLogin';
import { afterWindowCodeError, type Reaction } from '../lib/identityFlow';
import { windowCodeDeadline } from '../lib/windowCode';
import { factsOf } from './useIdentityForm';

const POLL_MS = 5000;

export type WindowCodeState =
  | { status: 'asking' }
  | { status: 'shown'; code: string; expiresAt: string; deadline: number }
  | { status: 'failed'; reaction: Reaction }
  /** The window check moved this sign-in to the resident who held the ID number and the session ended; H5 signs in again. */
  | { status: 'sign-in-again' };

/**
 * 到窗口核验 on the resident's side: a one-time code to show, and a quiet look at the profile every few seconds
 * until the window has verified this sign-in. When the window joined it to the resident who already held the ID
 * number, the server ends this session: WeChat and Alipay sign in again silently; H5 asks the resident to.
 */
export function useWindowCode(onVerified: (result: IdentityResult) => void) {
  const [state, setState] = useState<WindowCodeState>({ status: 'asking' });
  const [now, setNow] = useState(() => Date.now());
  const verified = useRef(onVerified);
  verified.current = onVerified;

  const ask = useCallback(async () => {
    setState({ status: 'asking' });
    const askedAt = Date.now();
    try {
      const { data } = await meApi.windowCode();
      setNow(Date.now());
      setState({
        status: 'shown',
        code: data.code,
        expiresAt: data.expiresAt,
        deadline: windowCodeDeadline(data.expiresAt, askedAt),
      });
    } catch (err) {
      setState({ status: 'failed', reaction: afterWindowCodeError(factsOf(asApiError(err))) });
    }
  }, []);

  useEffect(() => {
    void ask();
  }, [ask]);

  const live = state.status === 'shown' && now < state.deadline;

  // The clock, for the minutes left.
  useEffect(() => {
    if (!live) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [live]);

  // Has the window done it yet?
  useEffect(() => {
    if (!live) return undefined;
    let stopped = false;
    const look = async () => {
      try {
        const { data } = await meApi.profileWithoutSignIn();
        if (!stopped && data.verified) verified.current({ resident: data });
      } catch (err) {
        if (stopped || asApiError(err).code !== 'AUTH_REQUIRED') return; // a network blip: look again next time
        stopped = true;
        if (!signsInSilently) {
          setState({ status: 'sign-in-again' });
          return;
        }
        const session = await signIn().catch(() => null);
        if (session?.resident.verified) verified.current({ resident: session.resident });
        else setState({ status: 'sign-in-again' });
      }
    };
    const timer = setInterval(() => void look(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [live]);

  return { state, now, ask };
}
