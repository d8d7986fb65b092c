// Figures rasterised by resvg (WebAssembly) with the bundled Source Sans 3:
// a real PNG at twice the drawing's size, with the accent colour in it.

import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { figurePng } from '../../../../src/main/export/figures/figure-png';
import { fontDir } from '../../../../src/main/export/figures/assets';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Decodes the unfiltered RGBA PNG our encoder writes (enough to inspect pixels). */
function pixels(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const idat: Uint8Array[] = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = Buffer.from(png.subarray(at + 4, at + 8)).toString('latin1');
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    expect(raw[y * (width * 4 + 1)]).toBe(0);
    rgba.set(raw.subarray(y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1)), y * width * 4);
  }
  return { width, height, rgba };
}

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
    const { width, height, rgba } = pixels(image.png);
    expect([width, height]).toEqual([image.width, image.height]);
    let accent = 0;
    let dark = 0;
    for (let at = 0; at < rgba.length; at += 4) {
      if (rgba[at] === 0xc0 && rgba[at + 1] === 0x39 && rgba[at + 2] === 0x2b) accent += 1;
      if (rgba[at] < 80 && rgba[at + 1] < 80 && rgba[at + 2] < 80) dark += 1;
    }
    expect(accent).toBeGreaterThan(1000);
    // Text was drawn (resvg has no system fonts: without the bundled font there would be none).
    expect(dark).toBeGreaterThan(200);
  });
});
