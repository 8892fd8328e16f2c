// How the CLI (main.ts) reads a callback setting from the environment; a module of its own so it can be tested
// without starting a process.

/** `<PREFIX>_URL` + `<PREFIX>_SECRET`: both or neither, so a receiver never gets callbacks it cannot verify. */
export function callbackFromEnv(env: NodeJS.ProcessEnv, prefix: string): { url: string; secret: string } | null {
  const url = env[`${prefix}_URL`] || null;
  const secret = env[`${prefix}_SECRET`] || null;
  if (url !== null && (!/^https?:\/\//.test(url) || !URL.canParse(url)))
    throw new Error(`${prefix}_URL must be an http(s) URL, got "${url}"`);
  if (url !== null && secret === null) throw new Error(`${prefix}_URL needs ${prefix}_SECRET`);
  return url !== null && secret !== null ? { url, secret } : null;
}
