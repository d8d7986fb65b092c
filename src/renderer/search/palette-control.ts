// How the rest of the window opens the search palette (Ctrl/Cmd+K, the Find
// menu item): the mounted palette registers its opener here. With no project
// open there is no palette and the caller falls back to something else.

let opener: (() => void) | null = null;

export function registerPaletteOpener(open: () => void): () => void {
  opener = open;
  return () => {
    if (opener === open) opener = null;
  };
}

/** Opens the palette; false when none is mounted. */
export function openSearchPalette(): boolean {
  if (!opener) return false;
  opener();
  return true;
}
