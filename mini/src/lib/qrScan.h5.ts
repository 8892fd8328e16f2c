/** A browser has no camera scan: pages ask for the code typed or pasted instead. */
export const canScanQr = false;

export async function scanQr(): Promise<string | null> {
  return null;
}
