// The process-wide picture cache: the same SVG at the same scale is drawn
// once and shared; a different scale or drawing is drawn anew.

import { describe, expect, it } from 'vitest';
import { cachedPictureCount, svgToPng } from '../../../../src/main/export/figures/figure-png';

const square = (fill: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10" fill="${fill}"/></svg>`;

describe('svgToPng cache', () => {
  it('draws an SVG once per scale and reuses the picture', async () => {
    const before = cachedPictureCount();
    const first = await svgToPng(square('#1f6f8b'));
    const again = await svgToPng(square('#1f6f8b'));
    expect(again).toBe(first);
    expect(cachedPictureCount()).toBe(before + 1);

    const larger = await svgToPng(square('#1f6f8b'), 3);
    expect(larger).not.toBe(first);
    expect([larger.width, larger.height]).toEqual([60, 30]);
    const other = await svgToPng(square('#c0392b'));
    expect(other).not.toBe(first);
    expect(Buffer.from(other.png).equals(Buffer.from(first.png))).toBe(false);
    expect(cachedPictureCount()).toBe(before + 3);
  });

  it('does not keep a failed drawing', async () => {
    const before = cachedPictureCount();
    await expect(svgToPng('<svg this is not xml')).rejects.toThrow();
    expect(cachedPictureCount()).toBe(before);
  });
});
