// fontkit is loaded only when a font has to be parsed: text the shaping tables
// set in full (most of a report) measures without it; the fallback face, which
// has no table, loads it.

import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const fontkitFile = require.resolve('@pdf-lib/fontkit');

describe('fontkit', () => {
  it('is loaded on the first font parse, not for text the shaping tables set', async () => {
    delete require.cache[fontkitFile];
    vi.resetModules();
    const { createMeasurer, faceShaper } = await import('../../../../../src/main/export/pdf/layout/fonts');
    const measurer = createMeasurer();
    expect(measurer.width('Coördinatie van ouderbetrokkenheid, “officieel” – 2026', 'regular', 11)).toBeGreaterThan(100);
    expect(measurer.width('Effectief', 'boldItalic', 11)).toBeGreaterThan(20);
    expect(require.cache[fontkitFile]).toBeUndefined();

    // DejaVu Sans (the fallback face) has no shaping table: its font is parsed with fontkit.
    expect(faceShaper('fallback').covers(0x0645)).toBe(true);
    expect(require.cache[fontkitFile]?.loaded).toBe(true);
  });
});
