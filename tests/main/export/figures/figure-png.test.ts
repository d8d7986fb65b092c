// Figures rasterised with the bundled Source Sans 3: a real PNG at twice the
// drawing's size, with the accent colour in it, and a coded error when the
// font files cannot be found.

import { describe, expect, it } from 'vitest';
import { figurePng } from '../../../../src/main/export/figures/figure-png';
import { fontDir } from '../../../../src/main/export/figures/assets';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { decodePng } from './png-decode';

describe('figure PNG', () => {
  it('finds the bundled fonts', () => {
    expect(existsSync(path.join(fontDir(), 'SourceSans3-Regular.ttf'))).toBe(true);
    expect(existsSync(path.join(fontDir(), 'SourceSans3-LICENSE.md'))).toBe(true);
  });

  it('rasterises a figure at 2× with the accent colour and dark text', async () => {
    const image = await figurePng(
      { kind: 'bar-chart', categories: ['Taalbarrière', 'Tijdgebrek'], series: [{ name: 'Ouder', values: [3, 5] }], valueLabel: 'Aantal' },
      '#c0392b',
    );
    expect(Buffer.from(image.png.subarray(1, 4)).toString('latin1')).toBe('PNG');
    expect(image.width).toBe(image.naturalWidth * 2);
    const { width, height, rgba } = decodePng(image.png);
    expect([width, height]).toEqual([image.width, image.height]);
    let accent = 0;
    let dark = 0;
    for (let at = 0; at < rgba.length; at += 4) {
      if (rgba[at] === 0xc0 && rgba[at + 1] === 0x39 && rgba[at + 2] === 0x2b) accent += 1;
      if (rgba[at] < 80 && rgba[at + 1] < 80 && rgba[at + 2] < 80) dark += 1;
    }
    expect(accent).toBeGreaterThan(1000);
    // Text was drawn (no system fonts are used: without the bundled font there would be none).
    expect(dark).toBeGreaterThan(200);
  });
});
