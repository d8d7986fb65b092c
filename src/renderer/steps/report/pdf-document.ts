// pdf.js behind a small surface for the PDF preview. Everything that makes
// pdf.js fit this app lives here: its worker is a file Vite emits next to the
// renderer (same origin, allowed by the CSP's worker-src), nothing is ever
// fetched (no CMaps, standard fonts, ICC profiles or wasm: our PDFs embed their
// fonts), no eval, and every failure becomes the coded PREVIEW_UNREADABLE.
// The viewer imports this module lazily, so pdf.js loads only when a preview
// is first shown.

import { getDocument, GlobalWorkerOptions, TextLayer, type PDFDocumentProxy, type PDFPageProxy, type RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { AppError } from '../../../shared/errors';
import type { PageSize } from './pdf-layout';

GlobalWorkerOptions.workerSrc = workerUrl;

/** Something drawing that can be stopped (a page scrolled away, a zoom change). */
export interface Job {
  done: Promise<void>;
  cancel(): void;
}

export interface PdfHandle {
  readonly pageCount: number;
  /** Sizes of all pages in points, in page order. */
  pageSizes(): Promise<PageSize[]>;
  /** Paints page `number` (1-based) into the canvas at `scale` CSS px per point, `ratio` backing pixels per CSS px. */
  renderPage(number: number, canvas: HTMLCanvasElement, scale: number, ratio: number): Job;
  /** Lays the page's selectable text over it (the optional text layer). */
  renderText(number: number, container: HTMLElement, scale: number): Job;
  destroy(): void;
}

export function unreadable(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new AppError('PREVIEW_UNREADABLE', { reason: reason.slice(0, 160) }, { cause: error });
}

/** pdf.js rejects a cancelled render with this name; it is not a failure. */
export function isCancellation(error: unknown): boolean {
  return error instanceof Error && (error.name === 'RenderingCancelledException' || error.name === 'AbortException');
}

export function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function openPdf(bytes: Uint8Array): Promise<PdfHandle> {
  const task = getDocument({
    data: bytes,
    isEvalSupported: false,
    useWasm: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (error) {
    void task.destroy();
    throw unreadable(error);
  }
  const pages = new Map<number, Promise<PDFPageProxy>>();
  const page = (number: number) => {
    let found = pages.get(number);
    if (!found) {
      found = doc.getPage(number);
      pages.set(number, found);
    }
    return found;
  };

  return {
    pageCount: doc.numPages,

    async pageSizes() {
      const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
      return Promise.all(
        numbers.map(async (n) => {
          const viewport = (await page(n)).getViewport({ scale: 1 });
          return { width: viewport.width, height: viewport.height };
        }),
      );
    },

    renderPage(number, canvas, scale, ratio) {
      let cancelled = false;
      let task: RenderTask | null = null;
      const done = (async () => {
        const proxy = await page(number);
        if (cancelled) return;
        const viewport = proxy.getViewport({ scale: scale * ratio });
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        task = proxy.render({ canvas, viewport });
        try {
          await task.promise;
        } catch (error) {
          if (cancelled || isCancellation(error)) return;
          throw unreadable(error);
        }
      })();
      return {
        done,
        cancel: () => {
          cancelled = true;
          task?.cancel();
        },
      };
    },

    renderText(number, container, scale) {
      let cancelled = false;
      let layer: TextLayer | null = null;
      const done = (async () => {
        const proxy = await page(number);
        if (cancelled) return;
        container.replaceChildren();
        // The layer sizes its runs with this variable (pdf.js's own viewer sets it per page).
        container.style.setProperty('--total-scale-factor', String(scale));
        layer = new TextLayer({ textContentSource: proxy.streamTextContent(), container, viewport: proxy.getViewport({ scale }) });
        try {
          await layer.render();
        } catch (error) {
          if (cancelled || isCancellation(error)) return;
          throw unreadable(error);
        }
      })();
      return {
        done,
        cancel: () => {
          cancelled = true;
          layer?.cancel();
        },
      };
    },

    destroy() {
      pages.clear();
      void doc.destroy();
    },
  };
}
