// Without its font files a figure cannot be drawn: the export gets a coded
// error naming the file, and once the fonts are found again figures draw.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureFigureAssets, fontDir } from '../../../../src/main/export/figures/assets';
import { figurePng } from '../../../../src/main/export/figures/figure-png';
import type { Figure } from '../../../../src/shared/report/figures';

const figure: Figure = { kind: 'bar-chart', categories: ['Tijdgebrek'], series: [{ name: 'Ouder', values: [2] }], valueLabel: 'Aantal' };

describe('figure fonts missing', () => {
  it('rejects with EXPORT_FIGURE_FONT_MISSING, then draws once the fonts are back', async () => {
    const realFonts = fontDir();
    configureFigureAssets({ fontDir: mkdtempSync(path.join(tmpdir(), 'no-fonts-')) });
    await expect(figurePng(figure, '#1f6f8b')).rejects.toMatchObject({ code: 'EXPORT_FIGURE_FONT_MISSING', params: { fileName: 'SourceSans3-Regular.ttf' } });
    configureFigureAssets({ fontDir: realFonts });
    const image = await figurePng(figure, '#1f6f8b');
    expect(image.width).toBe(image.naturalWidth * 2);
  });
});
