// The reference the DOCX body written as WordprocessingML text is compared
// with: the same document (startDocx, docxDocument of the export) with its
// body and comments built as docx library objects (the files beside this one)
// and packed by the library itself. This is how the export wrote the body
// before the text writer replaced it; building and serialising the objects
// took seconds on a large report, so it lives here, for the tests, only.

import { Packer, Paragraph } from 'docx';
import type { ReportDoc, Section } from '../../../../../src/shared/report/doc';
import type { DocxContext } from '../../../../../src/main/export/docx/context';
import { docxDocument, startDocx, type BodyChild } from '../../../../../src/main/export/docx/render-docx';
import { titlePage } from '../../../../../src/main/export/docx/title-page';
import { tocBlocks } from '../../../../../src/main/export/docx/toc';
import { wordComments } from './comments';
import { headingParagraph } from './paragraph';
import { renderBlocks } from './render-blocks';

function sectionBody(section: Section, ctx: DocxContext, out: BodyChild[]): void {
  // A chapter starts on a new page unless it is the very first thing in the document.
  out.push(headingParagraph({ ...section, text: section.title }, ctx, { pageBreakBefore: out.length > 0 }));
  out.push(...renderBlocks(section.blocks, ctx));
  for (const child of section.children) sectionBody(child, ctx, out);
}

/** The .docx bytes of the report with the library-object body: title page, the library's table of contents, chapters, comments. */
export async function renderDocxWithReferenceBody(doc: ReportDoc): Promise<Uint8Array> {
  const { ctx, logo, comments } = await startDocx(doc, () => undefined);
  const body: BodyChild[] = [];
  if (doc.titlePage) body.push(...titlePage(doc, ctx, logo));
  if (doc.toc) body.push(...tocBlocks(doc, ctx));
  for (const section of doc.sections) sectionBody(section, ctx, body);
  if (body.length === 0) body.push(new Paragraph({ children: [] }));
  const bytes = await Packer.toBuffer(docxDocument(doc, ctx, body, wordComments(comments, ctx.comments)));
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
