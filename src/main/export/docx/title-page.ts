// The title page: logo, a short accent bar, title and subtitle, then the
// client, the consultancy, authors, date and status lower on the page. It has
// no header or footer (the section's first page has its own, empty ones).
// What follows it starts on a new page by itself (page break before).

import { ImageRun, Paragraph, TextRun } from 'docx';
import type { ReportDoc } from '../../../shared/report/doc';
import type { RasterImage } from '../figures/figure-png';
import type { DocxContext } from './context';
import { MUTED } from './context';
import { safeText, textRuns } from './text';
import { longDate } from '../../../shared/report/long-date';

export interface Logo {
  raster?: RasterImage;
  /** A JPEG/PNG/GIF logo as given. */
  bitmap?: { type: 'png' | 'jpg' | 'gif'; data: Uint8Array; width: number; height: number };
}

const LOGO_HEIGHT_PX = 64;

function logoParagraph(logo: Logo | null): Paragraph[] {
  if (!logo) return [];
  let run: ImageRun | null = null;
  if (logo.raster) {
    const width = Math.round((logo.raster.naturalWidth * LOGO_HEIGHT_PX) / Math.max(1, logo.raster.naturalHeight));
    const transformation = { width, height: LOGO_HEIGHT_PX };
    const altText = { name: 'Logo', description: 'Logo' };
    run = new ImageRun({ type: 'png', data: logo.raster.png, transformation, altText });
  } else if (logo.bitmap) {
    const width = Math.round((logo.bitmap.width * LOGO_HEIGHT_PX) / Math.max(1, logo.bitmap.height));
    run = new ImageRun({ type: logo.bitmap.type, data: logo.bitmap.data, transformation: { width, height: LOGO_HEIGHT_PX }, altText: { name: 'Logo', description: 'Logo' } });
  }
  return run ? [new Paragraph({ spacing: { after: 0 }, children: [run] })] : [];
}

export function titlePage(doc: ReportDoc, ctx: DocxContext, logo: Logo | null): Paragraph[] {
  const { meta } = doc;
  const details = (text: string, options: { bold?: boolean; color?: string } = {}) =>
    new Paragraph({ style: 'TitleMeta', children: textRuns(text, { ...options, lang: ctx.lang }) });
  const out: Paragraph[] = [...logoParagraph(logo)];
  // The accent bar: a thick bottom border on an empty paragraph indented from the right.
  out.push(
    new Paragraph({
      spacing: { before: logo ? 2400 : 3400, after: 360 },
      indent: { right: 7600 },
      border: { bottom: { style: 'single', size: 36, color: ctx.accent, space: 1 } },
      children: [],
    }),
  );
  out.push(new Paragraph({ style: 'Title', children: textRuns(meta.title, { lang: ctx.lang }) }));
  if (meta.subtitle.trim()) out.push(new Paragraph({ style: 'Subtitle', children: textRuns(meta.subtitle, { lang: ctx.lang }) }));
  out.push(new Paragraph({ spacing: { before: 2400, after: 0 }, children: [] }));
  if (meta.client.trim()) out.push(details(meta.client, { bold: true }));
  if (meta.organisation.trim()) out.push(details(meta.organisation));
  if (meta.authors.length > 0) out.push(details(meta.authors.join(', ')));
  const dateAndStatus = [longDate(meta.date, ctx.lang), meta.statusLabel].filter((part) => part.trim() !== '');
  if (dateAndStatus.length > 0) {
    out.push(
      new Paragraph({
        style: 'TitleMeta',
        spacing: { before: 200 },
        children: [
          new TextRun({ text: safeText(longDate(meta.date, ctx.lang)), color: MUTED }),
          ...(meta.statusLabel.trim()
            ? [new TextRun({ text: meta.date ? '   ·   ' : '', color: MUTED }), new TextRun({ text: safeText(meta.statusLabel.toUpperCase()), bold: true, color: ctx.accent, characterSpacing: 20 })]
            : []),
        ],
      }),
    );
  }
  return out;
}
