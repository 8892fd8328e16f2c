/** A person the provincial identity service has itself verified (实名认证 level): what it says they are. */
export interface ProvincialIdentity {
  name: string;
  idNumber: string;
  phone: string;
}

/** The provincial unified identity service's OAuth 2.0 sign-in, used by the H5 app. */
export abstract class IdentityOauth {
  /** Where the browser goes to sign in (authorization-code flow with PKCE S256). */
  abstract authorizeUrl(params: { redirectUri: string; state: string; codeChallenge: string }): string;
  /**
   * The signed-in person for an authorization code, or null when the service refused the code. `identity` only
   * when the service has verified the account's real name.
   */
  abstract exchange(params: {
    code: string;
    redirectUri: string;
    codeVerifier: string;
  }): Promise<{ subject: string; identity: ProvincialIdentity | null } | null>;
}
