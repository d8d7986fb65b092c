// renderDocx reports its progress from 0 to 1, never going back, and the
// result is a zip package with the main document part.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../src/main/export/docx/render-docx';
import { sampleDoc, tempDir } from './docx-helpers';

describe('renderDocx', () => {
  it('reports rising progress ending at 1 and returns a DOCX package', async () => {
    const seen: number[] = [];
    const bytes = await renderDocx(sampleDoc('en'), { onProgress: (fraction) => seen.push(fraction) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(3);
    for (let index = 1; index < seen.length; index += 1) expect(seen[index]).toBeGreaterThanOrEqual(seen[index - 1]);
    const file = path.join(tempDir(), 'r.docx');
    writeFileSync(file, bytes);
    const listing = execFileSync('unzip', ['-l', file]).toString('utf8');
    for (const part of ['word/document.xml', 'word/styles.xml', 'word/comments.xml', 'word/numbering.xml', 'docProps/core.xml']) expect(listing).toContain(part);
  }, 60_000);
});
