// The Report step's PDF preview: the very bytes an export to PDF would write,
// made in memory and handed to the renderer instead of a file. Going through
// `exportReport` (not a cheaper draft renderer) is the point: the consultant
// sees the pages the municipality will get. Nothing is written to disk.

import { AppError } from '../../shared/errors';
import type { PdfPreview } from '../../shared/ipc';
import type { Language } from '../../shared/language';
import type { Project } from '../../shared/model/project';
import { exportReport } from '../export/export-report';

export interface PreviewReportOptions {
  language: Language;
  /** Progress from 0 to 1, exactly as the export reports it. */
  onProgress?: (fraction: number) => void;
}

const PDF_MAGIC = '%PDF-';
const PDF_END = '%%EOF';
/** Writers may put a few bytes (line ends, incremental-update padding) after the end marker. */
const END_WINDOW = 1024;

export async function previewReport(project: Project, options: PreviewReportOptions): Promise<PdfPreview> {
  const bytes = await exportReport(project, { format: 'pdf', language: options.language, onProgress: options.onProgress });
  checkPdfFrame(bytes);
  // No page count here: parsing the whole file again (pdf-lib: ~0.5–1.5 s for a
  // 170-page report) would lengthen every refresh, and the viewer counts anyway.
  return { pdfBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
}

/**
 * A renderer bug must surface as a coded error here, not as a blank viewer:
 * the bytes start as a PDF and end with its end-of-file marker (a cut-off file
 * does not). Deeper damage is reported by the viewer with the same code.
 */
export function checkPdfFrame(bytes: Uint8Array): void {
  const text = (from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString('latin1');
  if (bytes.byteLength < PDF_MAGIC.length || text(0, PDF_MAGIC.length) !== PDF_MAGIC) {
    throw new AppError('PREVIEW_UNREADABLE', { reason: 'not a PDF' });
  }
  if (!text(Math.max(0, bytes.byteLength - END_WINDOW), bytes.byteLength).includes(PDF_END)) {
    throw new AppError('PREVIEW_UNREADABLE', { reason: 'the PDF is incomplete' });
  }
}
