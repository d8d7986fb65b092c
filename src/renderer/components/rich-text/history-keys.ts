// The key presses that mean undo or redo of the app's history: Ctrl/Cmd+Z,
// Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y. The rich-text editor lets these pass to
// the app instead of handling them itself.

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function isHistoryKey(event: KeyLike): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  const key = event.key.toLowerCase();
  return key === 'z' || key === 'y';
}
