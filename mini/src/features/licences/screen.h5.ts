// H5: a web page cannot change the screen's brightness, but it can keep the screen from locking where the
// browser has the Screen Wake Lock API (Chrome, Safari 16.4+); elsewhere this does nothing.
let lock: WakeLockSentinel | null = null;

export async function brightenScreen(): Promise<void> {
  if (lock || typeof navigator === 'undefined' || !('wakeLock' in navigator)) return;
  try {
    lock = await navigator.wakeLock.request('screen');
    lock.addEventListener('release', () => {
      lock = null;
    });
  } catch {
    // refused (page hidden, battery saver): the code still shows
  }
}

export async function restoreScreen(): Promise<void> {
  const held = lock;
  lock = null;
  await held?.release().catch(() => undefined);
}
