// The previewReport bridge method over real handlers: it asks the export path
// for a PDF, hands the bytes back as base64, refuses bytes that are no (whole)
// PDF, reports progress like an export, writes no file and opens no dialog.
// The PDF renderer itself is replaced by a small pdf-lib document here, so these
// tests pin the handler's contract whatever the renderer's state.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../src/main/bridge-server';
import { AppError } from '../../../src/shared/errors';
import type * as ExportModule from '../../../src/main/export/export-report';
import type { ExportReportOptions } from '../../../src/main/export/export-report';
import { createEmptyProject, type Project } from '../../../src/shared/model/project';
import { makeHandlerFixture, type HandlerFixture } from '../handler-fixture';

const exportCalls: { project: Project; options: ExportReportOptions }[] = [];
let nextResult: () => Promise<Uint8Array>;

vi.mock('../../../src/main/export/export-report', async (importOriginal) => {
  const original = await importOriginal<typeof ExportModule>();
  return {
    ...original,
    exportReport: async (project: Project, options: ExportReportOptions) => {
      exportCalls.push({ project, options });
      // Many tiny steps, as a real renderer reports them.
      for (let i = 0; i <= 1000; i++) options.onProgress?.(i / 1000);
      return nextResult();
    },
  };
});

async function pdfWithPages(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= count; i++) doc.addPage([595, 842]).drawText(`Pagina ${i}`, { x: 50, y: 780, size: 20, font });
  return doc.save();
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort();
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  throw new Error('expected an AppError');
}

let f: HandlerFixture;
beforeEach(async () => {
  f = await makeHandlerFixture();
  exportCalls.length = 0;
});
afterEach(async () => {
  await f.cleanup();
});

describe('previewReport', () => {
  it('returns the exported PDF as base64, and writes nothing', async () => {
    const pdf = await pdfWithPages(3);
    nextResult = async () => pdf;
    const project = createEmptyProject('nl');
    project.assignment.title = 'Voorbeeld';
    const before = await filesUnder(f.root);

    const preview = await f.handlers.previewReport({ project, language: 'en' });

    expect(Buffer.from(preview.pdfBase64, 'base64').equals(Buffer.from(pdf))).toBe(true);
    expect(preview.pageCount).toBeUndefined();
    expect(exportCalls).toHaveLength(1);
    expect(exportCalls[0].options).toMatchObject({ format: 'pdf', language: 'en' });
    expect(exportCalls[0].project.assignment.title).toBe('Voorbeeld');
    expect(await filesUnder(f.root)).toEqual(before);
    expect(f.dialogs.chooseExportLocation).not.toHaveBeenCalled();
    expect(f.dialogs.chooseSaveLocation).not.toHaveBeenCalled();
  });

  it('encodes exactly the bytes of a view into a larger buffer, trailing line ends allowed', async () => {
    const pdf = await pdfWithPages(1);
    const padded = new Uint8Array(pdf.byteLength + 20);
    padded.fill(0x41);
    padded.set(pdf, 7);
    padded.set([0x0d, 0x0a, 0x0a], 7 + pdf.byteLength);
    const view = padded.subarray(7, 7 + pdf.byteLength + 3);
    nextResult = async () => view;
    const preview = await f.handlers.previewReport({ project: createEmptyProject('nl'), language: 'nl' });
    expect(Buffer.from(preview.pdfBase64, 'base64').equals(Buffer.from(view))).toBe(true);
  });

  it('emits the export progress events, at most one per percent, ending at 1', async () => {
    nextResult = () => pdfWithPages(1);
    await f.handlers.previewReport({ project: createEmptyProject('nl'), language: 'nl' });
    const fractions = f.events.flatMap((event) => (event.type === 'export-progress' ? [event.fraction] : []));
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.length).toBeLessThanOrEqual(101);
    expect(fractions.length).toBeGreaterThan(10);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThan(fractions[i - 1]);
  });

  it('passes the export’s coded error on unchanged', async () => {
    nextResult = async () => {
      throw new AppError('EXPORT_FONT_MISSING', { fileName: 'SourceSans3-Regular.ttf' });
    };
    expect(await codeOf(f.handlers.previewReport({ project: createEmptyProject('nl'), language: 'nl' }))).toBe('EXPORT_FONT_MISSING');
  });

  it('refuses bytes that are not a readable PDF with PREVIEW_UNREADABLE', async () => {
    nextResult = async () => new TextEncoder().encode('PK\u0003\u0004 a zip, not a PDF');
    expect(await codeOf(f.handlers.previewReport({ project: createEmptyProject('nl'), language: 'nl' }))).toBe('PREVIEW_UNREADABLE');
    nextResult = async () => new TextEncoder().encode('%PDF-1.7\nthen nothing a reader can use');
    expect(await codeOf(f.handlers.previewReport({ project: createEmptyProject('nl'), language: 'nl' }))).toBe('PREVIEW_UNREADABLE');
    const truncated = await pdfWithPages(2);
    nextResult = async () => truncated.subarray(0, Math.floor(truncated.byteLength / 3));
    expect(await codeOf(f.handlers.previewReport({ project: createEmptyProject('nl'), language: 'nl' }))).toBe('PREVIEW_UNREADABLE');
  });

  it('is reachable over the bridge with validated arguments', async () => {
    nextResult = () => pdfWithPages(2);
    const project = createEmptyProject('en');
    const ok = await dispatch(f.handlers, 'previewReport', [{ project, language: 'en' }]);
    expect(ok.ok && Buffer.from((ok.value as { pdfBase64: string }).pdfBase64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const badLanguage = await dispatch(f.handlers, 'previewReport', [{ project, language: 'de' }]);
    expect(badLanguage.ok).toBe(false);
    const extraField = await dispatch(f.handlers, 'previewReport', [{ project, language: 'nl', path: join(f.workDir, 'x.pdf') }]);
    expect(extraField.ok).toBe(false);
    expect(exportCalls).toHaveLength(1);
  });
});
