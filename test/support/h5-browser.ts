import type { ErrorBody, Session } from '@zsb/contracts';
import { subjectOf, type Resident } from '@zsb/sandbox';
import type { RunningSystem } from './system';

/**
 * A browser as far as the H5 sign-in cares: it follows no redirect by itself, and keeps the cookies the BFF sets
 * (one jar per browser), sending them back on every request to the BFF.
 */
export class H5Browser {
  readonly cookies = new Map<string, string>();

  constructor(private readonly sys: RunningSystem) {}

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (url.startsWith(this.sys.url) && this.cookies.size)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    if (url.startsWith(this.sys.url)) {
      for (const line of res.headers.getSetCookie()) {
        const [pair] = line.split(';');
        const at = pair.indexOf('=');
        this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
      }
    }
    return res;
  }

  /** 登录 in the app: to the identity service, where `resident` picks themselves; answers the callback URL. */
  async startSignIn(resident: Resident, returnTo = '/pages/mine/index'): Promise<URL> {
    const start = await this.fetch(`${this.sys.url}/api/v1/auth/h5/authorize?returnTo=${encodeURIComponent(returnTo)}`);
    if (start.status !== 302) throw new Error(`authorize answered ${start.status}`);
    const authorize = new URL(start.headers.get('location')!);
    const form = new URLSearchParams(authorize.searchParams);
    form.delete('response_type');
    form.delete('scope');
    form.set('sub', subjectOf(resident));
    const chosen = await this.fetch(`${this.sys.sandbox.url}/identity/oauth/authorize`, {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    return new URL(chosen.headers.get('location')!);
  }

  /** Lands on the callback: answers where the BFF sends the browser (the app page, with a ticket or an error). */
  async land(callback: URL): Promise<string> {
    const back = await this.fetch(callback.toString());
    if (back.status !== 302) throw new Error(`callback answered ${back.status}`);
    return back.headers.get('location')!;
  }

  /** What the app does with the ticket in its address. */
  async redeem(landing: string): Promise<{ status: number; body: Session & ErrorBody }> {
    const ticket =
      new URLSearchParams(landing.split('?')[1] ?? '').get('ticket') ?? 'missing-ticket-xxxxxxxxxxxxxxxxxxxxxxx';
    const res = await this.fetch(`${this.sys.url}/api/v1/auth/h5/ticket`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket }),
    });
    return { status: res.status, body: (await res.json()) as Session & ErrorBody };
  }

  /** The whole sign-in in this browser. */
  async signIn(resident: Resident, returnTo?: string): Promise<Session> {
    const res = await this.redeem(await this.land(await this.startSignIn(resident, returnTo)));
    if (res.status !== 200) throw new Error(`ticket answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  }
}
