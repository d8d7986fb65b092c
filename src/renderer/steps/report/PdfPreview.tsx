// The real preview: the PDF the export would write, made in memory by main
// (`previewReport`) when the consultant asks, and drawn here with pdf.js. Only
// the pages near the visible part of the column get a canvas, so a 300-page
// report scrolls as lightly as a 3-page one. Paging (buttons, PageUp/PageDown),
// zoom (fit width, 100 %, +/−) and an optional selectable text layer; progress
// while the PDF is made and the coded error when it fails.

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../bridge/api';
import { errorMessage, serializeError, type SerializedError } from '../../../shared/errors';
import type { AppEvent } from '../../../shared/ipc';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import type { PdfHandle } from './pdf-document';
import { ProgressBar } from '../../components/ProgressBar';
import {
  canvasPixels,
  currentPageIndex,
  layoutColumn,
  PAGE_GAP,
  pagesNear,
  scaleFor,
  scrollTopFor,
  stepZoom,
  zoomFactor,
  type ColumnLayout,
  type PageSize,
  type Zoom,
} from './pdf-layout';
import './pdf-preview.css';

interface Props {
  project: Project;
  /** The report language (the PDF is made in it). */
  language: Language;
  /** The interface language, for error messages. */
  uiLanguage: Language;
}

interface Loaded {
  handle: PdfHandle;
  sizes: PageSize[];
  /** The project and language the PDF was made from, to tell when it is out of date. */
  project: Project;
  language: Language;
}

type Status = { phase: 'idle' } | { phase: 'running'; fraction: number } | { phase: 'failed'; error: SerializedError };

/** pdf.js and its worker load only when the first preview is made. */
const loadPdfModule = () => import('./pdf-document');

export function PdfPreview({ project, language, uiLanguage }: Props) {
  const { t } = useTranslation('report-step');
  const [status, setStatus] = useState<Status>({ phase: 'idle' });
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);
  // The document is released when a newer one replaces it or the step closes.
  useEffect(() => () => loaded?.handle.destroy(), [loaded]);

  const running = status.phase === 'running';
  const refresh = async () => {
    if (running) return;
    setStatus({ phase: 'running', fraction: 0 });
    const stop = api.onEvent((event: AppEvent) => {
      if (event.type !== 'export-progress') return;
      setStatus((current) => (current.phase === 'running' && event.fraction > current.fraction ? { phase: 'running', fraction: event.fraction } : current));
    });
    try {
      const [preview, pdf] = await Promise.all([api.previewReport({ project, language }), loadPdfModule()]);
      const handle = await pdf.openPdf(pdf.decodeBase64(preview.pdfBase64));
      let sizes: PageSize[];
      try {
        sizes = await handle.pageSizes();
      } catch (error) {
        handle.destroy();
        throw pdf.unreadable(error);
      }
      if (!alive.current) {
        handle.destroy();
        return;
      }
      setLoaded({ handle, sizes, project, language });
      setStatus({ phase: 'idle' });
    } catch (error) {
      if (alive.current) setStatus({ phase: 'failed', error: serializeError(error) });
    } finally {
      stop();
    }
  };
  const fail = useCallback((error: unknown) => {
    if (alive.current) setStatus({ phase: 'failed', error: serializeError(error) });
  }, []);

  const stale = loaded !== null && (loaded.project !== project || loaded.language !== language);

  return (
    <div className="pdf-preview">
      <p className="muted">{t('pdf.help')}</p>
      <div className="pdf-preview-actions">
        <button type="button" className="button primary" disabled={running} onClick={() => void refresh()}>
          {t('pdf.refresh')}
        </button>
        {status.phase === 'running' && (
          <ProgressBar
            className="pdf-preview-progress"
            caption={t('pdf.running')}
            label={t('pdf.progressLabel')}
            fraction={status.fraction}
          />
        )}
      </div>
      {status.phase === 'failed' && (
        <p className="export-error" role="alert" data-error-code={status.error.code}>
          {errorMessage(status.error.code, uiLanguage, status.error.params)}
        </p>
      )}
      {stale && status.phase !== 'running' && (
        <p className="pdf-preview-stale" role="status">
          {t('pdf.stale')}
        </p>
      )}
      {loaded ? (
        <PdfViewer key={loadedKey(loaded)} loaded={loaded} onError={fail} />
      ) : (
        status.phase !== 'running' && <p className="muted">{t('pdf.empty')}</p>
      )}
    </div>
  );
}

/** A fresh viewer (scroll position, canvases) for each new document. */
const documentIds = new WeakMap<PdfHandle, number>();
let nextDocumentId = 1;
function loadedKey(loaded: Loaded): number {
  let id = documentIds.get(loaded.handle);
  if (id === undefined) {
    id = nextDocumentId++;
    documentIds.set(loaded.handle, id);
  }
  return id;
}

interface ScrollState {
  top: number;
  height: number;
  width: number;
}

function PdfViewer({ loaded, onError }: { loaded: Loaded; onError: (error: unknown) => void }) {
  const { t } = useTranslation('report-step');
  const { handle, sizes } = loaded;
  const count = sizes.length;
  const viewer = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<Zoom>('fit');
  const [textLayer, setTextLayer] = useState(false);
  const [scroll, setScroll] = useState<ScrollState>({ top: 0, height: 0, width: 0 });

  // While its tab is hidden the viewer has no size and loses its scroll
  // position; the page the reader was on is kept and restored on return.
  const currentRef = useRef(0);
  const layoutRef = useRef<ColumnLayout | null>(null);
  const hiddenOn = useRef<number | null>(null);
  const measure = useCallback(() => {
    const el = viewer.current;
    if (!el) return;
    if (el.clientWidth === 0 && el.clientHeight === 0) {
      hiddenOn.current ??= currentRef.current;
      return;
    }
    if (hiddenOn.current !== null && layoutRef.current) el.scrollTop = scrollTopFor(layoutRef.current, hiddenOn.current);
    hiddenOn.current = null;
    setScroll((current) =>
      current.top === el.scrollTop && current.height === el.clientHeight && current.width === el.clientWidth
        ? current
        : { top: el.scrollTop, height: el.clientHeight, width: el.clientWidth },
    );
  }, []);

  // Width changes (window resize, the tab becoming visible) re-fit the pages.
  useEffect(() => {
    const el = viewer.current;
    if (!el) return;
    measure();
    const observer = new ResizeObserver(() => measure());
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  const frame = useRef(0);
  const onScroll = () => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(measure);
  };
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const scale = scaleFor(zoom, sizes, scroll.width);
  const layout = layoutColumn(sizes, scale);
  const current = currentPageIndex(layout, scroll.top, scroll.height);
  currentRef.current = current;
  layoutRef.current = layout;
  const [first, last] = pagesNear(layout, scroll.top, scroll.height, Math.max(scroll.height, 400));
  const columnWidth = Math.max(layout.maxWidth + 2 * PAGE_GAP, scroll.width);

  // Zooming keeps the reader on the page they were on.
  const anchor = useRef<number | null>(null);
  const changeZoom = (next: Zoom) => {
    anchor.current = current;
    setZoom(next);
  };
  useLayoutEffect(() => {
    if (anchor.current === null || !viewer.current) return;
    viewer.current.scrollTop = scrollTopFor(layout, anchor.current);
    anchor.current = null;
    measure();
  });

  const goTo = (index: number) => {
    const el = viewer.current;
    if (!el) return;
    el.scrollTop = scrollTopFor(layout, Math.min(count - 1, Math.max(0, index)));
    measure();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const target =
      event.key === 'PageDown' ? current + 1
      : event.key === 'PageUp' ? current - 1
      : event.key === 'Home' && event.ctrlKey ? 0
      : event.key === 'End' && event.ctrlKey ? count - 1
      : null;
    if (target === null) return;
    event.preventDefault();
    goTo(target);
  };

  const percent = Math.round(zoomFactor(scale) * 100);
  const factor = zoomFactor(scale);
  const pages = [];
  for (let index = first; index <= last; index++) {
    const width = layout.widths[index];
    pages.push(
      <PdfPage
        key={index}
        handle={handle}
        number={index + 1}
        label={t('pdf.pageOf', { page: index + 1, count })}
        top={layout.tops[index]}
        left={Math.max(PAGE_GAP, Math.round((columnWidth - width) / 2))}
        width={width}
        height={layout.heights[index]}
        scale={scale}
        textLayer={textLayer}
        onError={onError}
      />,
    );
  }

  return (
    <div className="pdf-viewer-frame">
      <div className="pdf-toolbar" role="group" aria-label={t('pdf.toolbarLabel')}>
        <button type="button" className="button" onClick={() => goTo(current - 1)} disabled={current <= 0}>
          {t('pdf.previous')}
        </button>
        <span className="pdf-page-indicator" aria-live="polite" aria-atomic="true">
          {t('pdf.pageOf', { page: current + 1, count })}
        </span>
        <button type="button" className="button" onClick={() => goTo(current + 1)} disabled={current >= count - 1}>
          {t('pdf.next')}
        </button>
        <span className="pdf-toolbar-gap" />
        <button type="button" className="button" aria-label={t('pdf.zoomOut')} title={t('pdf.zoomOut')} onClick={() => changeZoom(stepZoom(factor, -1))}>
          −
        </button>
        <span className="pdf-zoom-value">{t('pdf.zoom', { percent })}</span>
        <button type="button" className="button" aria-label={t('pdf.zoomIn')} title={t('pdf.zoomIn')} onClick={() => changeZoom(stepZoom(factor, 1))}>
          +
        </button>
        <button type="button" className="button" aria-pressed={zoom === 'fit'} onClick={() => changeZoom('fit')}>
          {t('pdf.fitWidth')}
        </button>
        <button type="button" className="button" aria-pressed={zoom === 1} onClick={() => changeZoom(1)}>
          {t('pdf.actualSize')}
        </button>
        <label className="pdf-text-toggle">
          <input type="checkbox" checked={textLayer} onChange={(event) => setTextLayer(event.target.checked)} /> {t('pdf.textLayer')}
        </label>
      </div>
      <div
        ref={viewer}
        className="pdf-viewer"
        role="region"
        aria-label={t('pdf.viewerLabel')}
        aria-describedby="pdf-viewer-keys"
        tabIndex={0}
        onScroll={onScroll}
        onKeyDown={onKeyDown}
      >
        <div className="pdf-column" style={{ height: layout.totalHeight, width: columnWidth }}>
          {pages}
        </div>
      </div>
      <p id="pdf-viewer-keys" className="muted pdf-viewer-keys">
        {t('pdf.keys')}
      </p>
    </div>
  );
}

interface PageProps {
  handle: PdfHandle;
  number: number;
  label: string;
  top: number;
  left: number;
  width: number;
  height: number;
  scale: number;
  textLayer: boolean;
  onError: (error: unknown) => void;
}

function PdfPage({ handle, number, label, top, left, width, height, scale, textLayer, onError }: PageProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    if (!canvas.current) return;
    const { ratio } = canvasPixels(width, height, window.devicePixelRatio || 1);
    let active = true;
    const job = handle.renderPage(number, canvas.current, scale, ratio);
    job.done.then(
      () => active && setDrawn(true),
      (error: unknown) => active && onError(error),
    );
    return () => {
      active = false;
      job.cancel();
    };
  }, [handle, number, scale, width, height, onError]);

  useEffect(() => {
    const container = text.current;
    if (!textLayer || !container) return;
    let active = true;
    const job = handle.renderText(number, container, scale);
    job.done.catch((error: unknown) => active && onError(error));
    return () => {
      active = false;
      job.cancel();
      container.replaceChildren();
    };
  }, [handle, number, scale, textLayer, onError]);

  return (
    <div className="pdf-page" style={{ top, left, width, height }} data-page={number} data-drawn={drawn ? 'true' : 'false'}>
      <canvas ref={canvas} role="img" aria-label={label} style={{ width, height }} />
      {textLayer && <div ref={text} className="pdf-text-layer" />}
    </div>
  );
}
