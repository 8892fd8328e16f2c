/**
 * H5: also mark <html>, so what lives outside the pages (Taro's tab bar, modals) can follow the theme and a
 * browser test can read the mode from one place.
 */
export function markDocumentElder(on: boolean): void {
  document.documentElement.classList.toggle('elder', on);
}
