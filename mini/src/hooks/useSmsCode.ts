import { useEffect, useState } from 'react';
import type { IdentitySmsCodeSent } from '@zsb/contracts';
import type { ApiResult } from '../api/client';
import { asApiError, type ApiError } from '../api/errors';

export interface SmsCodeState {
  sending: boolean;
  /** Seconds before another code may be asked for. */
  wait: number;
  /** The phone the last code went to, masked. */
  sentTo: string | null;
  canSend: boolean;
  /** Asks for a code; the refusal, or null when it was sent (or nothing was asked because one is on its way). */
  send: (ask: () => Promise<ApiResult<IdentitySmsCodeSent>>) => Promise<ApiError | null>;
  /** Forget where the last code went (another phone is being typed); the wait before the next one stays. */
  forgetSent: () => void;
}

/** Sending an SMS code and the wait before the next one, read from the clock (a timer paused in the background catches up). */
export function useSmsCode(): SmsCodeState {
  const [sending, setSending] = useState(false);
  const [resendAt, setResendAt] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  const [sentTo, setSentTo] = useState<string | null>(null);

  useEffect(() => {
    if (resendAt <= Date.now()) return undefined;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [resendAt]);

  const wait = Math.max(0, Math.ceil((resendAt - now) / 1000));
  const canSend = !sending && wait <= 0;

  const send = async (ask: () => Promise<ApiResult<IdentitySmsCodeSent>>): Promise<ApiError | null> => {
    if (!canSend) return null;
    setSending(true);
    try {
      const sent = (await ask()).data;
      const at = Date.now();
      setNow(at);
      setResendAt(at + sent.resendAfterSec * 1000);
      setSentTo(sent.phoneMasked);
      return null;
    } catch (err) {
      return asApiError(err);
    } finally {
      setSending(false);
    }
  };

  const forgetSent = () => setSentTo(null);

  return { sending, wait, sentTo, canSend, send, forgetSent };
}
