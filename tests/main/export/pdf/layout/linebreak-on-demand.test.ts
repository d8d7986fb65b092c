// The linebreak package is loaded only for text the plain scan declines:
// paragraphs of letters, digits, common punctuation, arrows and the like break
// without it; the first other text loads it (and breaks as before).

import { createRequire } from 'node:module';
import { describe, expect, it, vi } from 'vitest';

const require = createRequire(import.meta.url);
const linebreakFile = require.resolve('linebreak');

describe('linebreak', () => {
  it('is loaded for the first text that is not plain, not before', async () => {
    delete require.cache[linebreakFile];
    vi.resetModules();
    const { breakLines } = await import('../../../../../src/main/export/pdf/layout/line-break');
    const { createMeasurer } = await import('../../../../../src/main/export/pdf/layout/fonts');
    const measurer = createMeasurer();
    const style = { face: 'regular' as const, size: 11, color: [0, 0, 0] as [number, number, number] };
    const set = (text: string) => breakLines([{ text, style }], measurer, { width: 120, language: 'nl', hyphenate: true });
    const plain = set('Ouders → school: 3 × per jaar (minstens), “samen” – 40% #1 = <goed>.');
    expect(plain.length).toBeGreaterThan(2);
    expect(require.cache[linebreakFile]).toBeUndefined();

    // A no-break space is not plain: the package decides, and keeps "12 mei" together.
    const other = set('Bijeenkomst op 12\u00A0mei in de bibliotheek van de gemeente');
    expect(require.cache[linebreakFile]?.loaded).toBe(true);
    expect(other.every((line) => !line.runs.some((run) => /^mei/.test(run.text)))).toBe(true);
  });
});
