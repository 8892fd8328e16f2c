/** Mini-programs sign in silently; only H5 comes back from a sign-in redirect (h5Return.h5.ts). */
export async function completeSignInReturn(): Promise<void> {}
