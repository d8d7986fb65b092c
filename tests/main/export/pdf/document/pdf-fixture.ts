// Tiny PDFs for the document-level tests: a few A4 pages with a line of text
// in a standard font, saved to a fresh temporary folder.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll } from 'vitest';
import { A4 } from '../../../../../src/main/export/pdf/layout/types';

export async function tinyPdf(pages = 3): Promise<PDFDocument> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i += 1) {
    const page = pdf.addPage([A4.width, A4.height]);
    page.drawText(`Pagina ${i + 1}`, { x: 72, y: A4.height - 100, size: 12, font });
  }
  return pdf;
}

let folder: string | undefined;

// Registered in the root suite of every test file that imports this module.
afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

/** Saves the document and returns the file's path. */
export async function savePdf(pdf: PDFDocument, name: string, options: { useObjectStreams?: boolean } = {}): Promise<string> {
  folder ??= mkdtempSync(path.join(os.tmpdir(), 'drijfveer-pdfdoc-'));
  const file = path.join(folder, name);
  writeFileSync(file, await pdf.save({ useObjectStreams: options.useObjectStreams ?? true }));
  return file;
}
