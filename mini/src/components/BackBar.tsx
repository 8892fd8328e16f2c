/**
 * The mini-programs have their own navigation bar with a back arrow: nothing to add there. The H5 build renders
 * BackBar.h5.tsx instead (a browser page has no such bar).
 */
export function BackBar(): null {
  return null;
}
