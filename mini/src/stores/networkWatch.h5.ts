/**
 * H5: Taro's getNetworkType never answers "none" in a browser (it reads navigator.connection, which has no
 * offline state), so follow navigator.onLine and the online/offline events instead.
 */
export function watchPlatformNetwork(onChange: (online: boolean) => void): void {
  onChange(navigator.onLine !== false);
  window.addEventListener('online', () => onChange(true));
  window.addEventListener('offline', () => onChange(false));
}
