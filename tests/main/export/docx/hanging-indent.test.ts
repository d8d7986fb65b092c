// The reference list in Word has APA's hanging indent (half an inch = 720
// twips) on every entry, and only there.

import { describe, expect, it } from 'vitest';
import { docBlocks } from '../../../../src/shared/report/walk';
import { renderToFile, sampleDoc, zipPart } from './docx-helpers';

describe('DOCX reference list', () => {
  it('gives each reference entry a hanging indent of half an inch, and no other paragraph', async () => {
    const doc = sampleDoc('nl');
    const references = docBlocks({ ...doc, sections: doc.sections.filter((s) => s.key === 'references') });
    expect(references.length).toBeGreaterThan(5);
    const xml = zipPart(await renderToFile(doc), 'word/document.xml');
    const hanging = xml.match(/<w:ind w:left="720" w:hanging="720"\/>/g) ?? [];
    expect(hanging.length).toBe(references.length);
  }, 120_000);
});
