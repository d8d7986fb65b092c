import { describe, expect, it } from 'vitest';
import { addPageLabels } from '../../../../../src/main/export/pdf/document/page-labels';
import type { PageRole } from '../../../../../src/main/export/pdf/layout/types';
import { pdfjsPageLabels, qpdfCheck } from '../pdf-tools';
import { savePdf, tinyPdf } from './pdf-fixture';

async function labels(roles: PageRole[], name: string): Promise<string[] | null> {
  const pdf = await tinyPdf(roles.length);
  addPageLabels(pdf, roles);
  const file = await savePdf(pdf, name);
  expect((await qpdfCheck(file)).ok).toBe(true);
  return pdfjsPageLabels(file);
}

describe('addPageLabels', () => {
  it('numbers the title and contents pages in roman numerals and the body from 1', async () => {
    expect(await labels(['title', 'toc', 'toc', 'body', 'body'], 'labels.pdf')).toEqual(['i', 'ii', 'iii', '1', '2']);
  });

  it('starts at 1 without front matter, and uses roman numerals only when there is no body', async () => {
    expect(await labels(['body', 'body'], 'labels-body.pdf')).toEqual(['1', '2']);
    expect(await labels(['title', 'toc'], 'labels-front.pdf')).toEqual(['i', 'ii']);
  });

  it('writes nothing for a document without pages', async () => {
    const pdf = await tinyPdf(1);
    addPageLabels(pdf, []);
    expect(await pdfjsPageLabels(await savePdf(pdf, 'labels-none.pdf'))).toBeNull();
  });
});
