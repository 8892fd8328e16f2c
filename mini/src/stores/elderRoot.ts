/** Mini-programs have no document root; PageShell's `.elder` class carries the theme there. */
export function markDocumentElder(_on: boolean): void {}
