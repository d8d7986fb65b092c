// The reveal request store and the palette opener, without a DOM: a request is
// pending until finished, a newer request replaces it, and the opener is only
// there while a palette is mounted.

import { describe, expect, it, vi } from 'vitest';
import { finishReveal, pendingReveal, requestReveal } from '../../../src/renderer/search/reveal';
import { openSearchPalette, registerPaletteOpener } from '../../../src/renderer/search/palette-control';

describe('reveal requests', () => {
  it('stay pending until finished; only the latest request can be finished', () => {
    const first = requestReveal('a');
    expect(pendingReveal()).toEqual({ seq: first.seq, itemId: 'a', parentId: null });
    const second = requestReveal('b', 'parent');
    expect(second.seq).toBeGreaterThan(first.seq);
    finishReveal(first);
    expect(pendingReveal()).toBe(second);
    finishReveal(second);
    expect(pendingReveal()).toBeNull();
  });
});

describe('palette opener', () => {
  it('opens the registered palette and reports when there is none', () => {
    expect(openSearchPalette()).toBe(false);
    const open = vi.fn();
    const unregister = registerPaletteOpener(open);
    expect(openSearchPalette()).toBe(true);
    expect(open).toHaveBeenCalledTimes(1);
    // Unregistering an opener that was replaced leaves the newer one in place.
    const newer = vi.fn();
    const unregisterNewer = registerPaletteOpener(newer);
    unregister();
    expect(openSearchPalette()).toBe(true);
    expect(newer).toHaveBeenCalledTimes(1);
    unregisterNewer();
    expect(openSearchPalette()).toBe(false);
  });
});
