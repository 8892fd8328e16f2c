/** The provincial unified identity service's OAuth 2.0 sign-in, used by the H5 app. */
export abstract class IdentityOauth {
  /** Where the browser goes to sign in (authorization-code flow with PKCE S256). */
  abstract authorizeUrl(params: { redirectUri: string; state: string; codeChallenge: string }): string;
  /** The signed-in person's subject for an authorization code, or null when the service refused the code. */
  abstract exchange(params: { code: string; redirectUri: string; codeVerifier: string }): Promise<{ subject: string } | null>;
}
