// The pages before the first chapter — the title page and the table of
// contents — and the running header and footer of every later page. They are
// laid out after the body, because the table of contents prints the body's
// real page numbers: the TOC's own length never depends on those numbers
// (they sit in a fixed right-hand column), so one measuring pass finds how
// many TOC pages there are and a second one fills in the numbers.

import type { ReportDoc } from '../../../shared/report/doc';
import { DEFAULT_ACCENT, INK, MUTED, parseHexColor, RULE } from './layout/styles';
import {
  type BreakLines,
  type InlineRun,
  type LaidOutHeading,
  type Line,
  type PageFrame,
  type PageGeometry,
  type PageItem,
  type Rgb,
  type TextMeasurer,
  type TextStyle,
  textHeightOf,
  textWidthOf,
} from './layout/types';
import { longDate } from '../../../shared/report/long-date';

/** The report's accent as an Rgb; the default accent for anything that is not a colour. */
export function accentRgb(color: string): Rgb {
  return parseHexColor(color) ?? parseHexColor(DEFAULT_ACCENT) ?? MUTED;
}

export interface FrontMatterDeps {
  measurer: TextMeasurer;
  breakLines: BreakLines;
  geometry: PageGeometry;
}

/** Natural size of the logo image in pixels, when the report has one that can be drawn. */
export type LogoSize = { width: number; height: number } | null;

const LOGO_HEIGHT = 48;

/** Sets a paragraph of one style at (x, top) and returns its items and the y below it. */
function setParagraph(
  text: string,
  style: TextStyle,
  x: number,
  top: number,
  width: number,
  deps: FrontMatterDeps,
  language: ReportDoc['meta']['language'],
  leading = 1.25,
): { items: PageItem[]; bottom: number; lines: Line[] } {
  const runs: InlineRun[] = [{ text, style }];
  const lines = deps.breakLines(runs, deps.measurer, { width, language, hyphenate: false });
  const items: PageItem[] = [];
  const lineHeight = style.size * leading;
  let baseline = top + deps.measurer.ascent(style.face, style.size);
  for (const line of lines) {
    for (const run of line.runs) {
      items.push({ kind: 'text', x: x + run.x, baseline, text: run.text, style: run.style, width: run.width });
    }
    baseline += lineHeight;
  }
  return { items, bottom: top + lines.length * lineHeight, lines };
}

/** Title page: logo, accent bar, title and subtitle, then client, organisation, authors, date and status. */
export function titlePageFrame(doc: ReportDoc, deps: FrontMatterDeps, logo: LogoSize): PageFrame {
  const { meta } = doc;
  const g = deps.geometry;
  const width = textWidthOf(g);
  const accent = accentRgb(meta.accentColor);
  const items: PageItem[] = [];
  const x = g.marginLeft;
  if (logo && logo.width > 0 && logo.height > 0) {
    const logoWidth = Math.min(width / 2, (logo.width * LOGO_HEIGHT) / logo.height);
    items.push({ kind: 'logo', x, y: g.marginTop, width: logoWidth, height: (logo.height * logoWidth) / logo.width });
  }
  let y = g.marginTop + textHeightOf(g) * 0.3;
  items.push({ kind: 'rect', x, y, width: 64, height: 5, fill: accent });
  y += 28;
  const title = setParagraph(meta.title, { face: 'bold', size: 30, color: INK }, x, y, width, deps, meta.language, 1.12);
  items.push(...title.items);
  y = title.bottom + 10;
  if (meta.subtitle.trim()) {
    const subtitle = setParagraph(meta.subtitle, { face: 'regular', size: 15, color: MUTED }, x, y, width, deps, meta.language);
    items.push(...subtitle.items);
    y = subtitle.bottom;
  }
  // The details block sits low on the page, or right under a very long title.
  let detailsTop = Math.max(y + 48, g.marginTop + textHeightOf(g) * 0.72);
  const details: [string, TextStyle][] = [];
  if (meta.client.trim()) details.push([meta.client, { face: 'bold', size: 11.5, color: INK }]);
  if (meta.organisation.trim()) details.push([meta.organisation, { face: 'regular', size: 11.5, color: INK }]);
  if (meta.authors.length > 0) details.push([meta.authors.join(', '), { face: 'regular', size: 11.5, color: INK }]);
  for (const [text, style] of details) {
    const set = setParagraph(text, style, x, detailsTop, width, deps, meta.language);
    items.push(...set.items);
    detailsTop = set.bottom + 3;
  }
  const date = longDate(meta.date, meta.language === 'nl' ? 'nl-NL' : 'en-GB');
  const parts: InlineRun[] = [];
  if (date.trim()) parts.push({ text: date, style: { face: 'regular', size: 10.5, color: MUTED } });
  if (meta.statusLabel.trim()) {
    if (parts.length > 0) parts.push({ text: '   ·   ', style: { face: 'regular', size: 10.5, color: MUTED } });
    parts.push({ text: meta.statusLabel.toLocaleUpperCase(meta.language), style: { face: 'bold', size: 10.5, color: accent } });
  }
  if (parts.length > 0) {
    const lines = deps.breakLines(parts, deps.measurer, { width, language: meta.language, hyphenate: false });
    let baseline = detailsTop + 10 + deps.measurer.ascent('regular', 10.5);
    for (const line of lines) {
      for (const run of line.runs) items.push({ kind: 'text', x: x + run.x, baseline, text: run.text, style: run.style, width: run.width });
      baseline += 10.5 * 1.3;
    }
  }
  return { role: 'title', items };
}

/** Which headings the table of contents lists. */
export function tocHeadings(headings: readonly LaidOutHeading[]): LaidOutHeading[] {
  return headings.filter((heading) => heading.level <= 2);
}

const TOC_TITLE_SIZE = 20;
const NUMBER_COLUMN = 36;
const INDENT = [0, 0, 18, 36];
const LEADER_GAP = 6;

function entryStyle(level: number): TextStyle {
  return level === 1 ? { face: 'bold', size: 11, color: INK } : { face: 'regular', size: 10.5, color: INK };
}

/**
 * The table of contents: a title, then one entry per heading with dot leaders
 * and the page number right-aligned; each entry links to its heading.
 * `pageNumberOf` gives the printed number of a heading (null while measuring).
 */
export function tocFrames(
  doc: ReportDoc,
  headings: readonly LaidOutHeading[],
  pageNumberOf: ((heading: LaidOutHeading) => number) | null,
  deps: FrontMatterDeps,
): PageFrame[] {
  const g = deps.geometry;
  const { measurer } = deps;
  const width = textWidthOf(g);
  const bottom = g.height - g.marginBottom;
  const accent = accentRgb(doc.meta.accentColor);
  const frames: PageFrame[] = [];
  let items: PageItem[] = [];
  const newPage = () => {
    items = [];
    frames.push({ role: 'toc', items });
  };
  newPage();
  const titleStyle: TextStyle = { face: 'bold', size: TOC_TITLE_SIZE, color: accent };
  const titleWidth = measurer.width(doc.labels.contents, 'bold', TOC_TITLE_SIZE);
  items.push({ kind: 'text', x: g.marginLeft, baseline: g.marginTop + measurer.ascent('bold', TOC_TITLE_SIZE), text: doc.labels.contents, style: titleStyle, width: titleWidth });
  let y = g.marginTop + TOC_TITLE_SIZE * 1.2 + 18;

  const list = tocHeadings(headings);
  for (const [index, heading] of list.entries()) {
    const style = entryStyle(heading.level);
    const indent = INDENT[heading.level];
    const available = width - indent - NUMBER_COLUMN - LEADER_GAP;
    const lines = deps.breakLines([{ text: heading.text, style }], measurer, { width: available, language: doc.meta.language, hyphenate: false });
    const lineHeight = style.size * 1.3;
    const spaceBefore = heading.level === 1 ? 7 : 1.5;
    const height = spaceBefore + lines.length * lineHeight;
    // A chapter entry never ends a page: it needs room for its first sub-entry too.
    const next = list[index + 1];
    const reserve = heading.level === 1 && next && next.level > 1 ? 1.5 + entryStyle(next.level).size * 1.3 : 0;
    if (y + height + reserve > bottom && y > g.marginTop + TOC_TITLE_SIZE * 1.2 + 18) {
      newPage();
      y = g.marginTop;
    }
    y += spaceBefore;
    const top = y;
    let baseline = y + measurer.ascent(style.face, style.size);
    let lastEnd = 0;
    for (const line of lines) {
      for (const run of line.runs) {
        items.push({ kind: 'text', x: g.marginLeft + indent + run.x, baseline, text: run.text, style: run.style, width: run.width });
      }
      lastEnd = line.width;
      baseline += lineHeight;
    }
    baseline -= lineHeight;
    const numberText = pageNumberOf ? String(pageNumberOf(heading)) : '';
    const numberWidth = measurer.width(numberText, style.face, style.size);
    const right = g.marginLeft + width;
    items.push({ kind: 'text', x: right - numberWidth, baseline, text: numberText, style, width: numberWidth });
    // Dot leaders between the end of the title and the number column.
    const leaderStyle: TextStyle = { face: 'regular', size: style.size, color: MUTED };
    const unit = measurer.width(' .', 'regular', style.size);
    const from = g.marginLeft + indent + lastEnd + LEADER_GAP;
    const to = right - NUMBER_COLUMN + LEADER_GAP;
    const count = Math.floor((to - from) / unit);
    if (count > 0) {
      // Right-aligned at the number column, so the leaders of all entries end in line.
      const leader = ' .'.repeat(count);
      const leaderWidth = measurer.width(leader, 'regular', style.size);
      items.push({ kind: 'text', x: to - leaderWidth, baseline, text: leader, style: leaderStyle, width: leaderWidth });
    }
    items.push({ kind: 'link', x: g.marginLeft + indent, y: top, width: width - indent, height: lines.length * lineHeight, target: { kind: 'anchor', anchor: heading.anchor } });
    y = top + lines.length * lineHeight;
  }
  return frames;
}

/**
 * Running header (report title, client) and footer ("Pagina 3 van 12") on
 * every page but the title page. Page numbers are physical page numbers, so
 * they match the viewer's page count and the TOC.
 */
export function addRunningHeadAndFoot(pages: PageFrame[], doc: ReportDoc, deps: FrontMatterDeps): void {
  const g = deps.geometry;
  const { measurer } = deps;
  const style: TextStyle = { face: 'regular', size: 8.5, color: MUTED };
  const width = textWidthOf(g);
  const headBaseline = g.marginTop / 2 + 3;
  const footBaseline = g.height - g.marginBottom / 2 + 3;
  // Too long for its place: cut at the last whole word that fits, with an ellipsis.
  const fit = (text: string, max: number): string => {
    if (measurer.width(text, style.face, style.size) <= max) return text;
    const words = text.split(/\s+/);
    while (words.length > 1 && measurer.width(`${words.join(' ').replace(/[\s,;:–—-]+$/, '')}…`, style.face, style.size) > max) words.pop();
    const kept = words.join(' ').replace(/[\s,;:–—-]+$/, '');
    if (words.length > 1 || measurer.width(`${kept}…`, style.face, style.size) <= max) return `${kept}…`;
    // A single word longer than the room: cut it by characters after all.
    const chars = [...kept];
    while (chars.length > 1 && measurer.width(`${chars.join('')}…`, style.face, style.size) > max) chars.pop();
    return `${chars.join('')}…`;
  };
  pages.forEach((page, index) => {
    if (page.role === 'title') return;
    const title = fit(doc.meta.title, width * 0.62);
    // "Gemeente Rotterdam, Afdeling Onderwijs, …": when the whole does not fit, the municipality alone.
    const clientFull = doc.meta.client.trim();
    const clientRoom = width * 0.34;
    const client = measurer.width(clientFull, style.face, style.size) <= clientRoom ? clientFull : fit(clientFull.split(',')[0].trim(), clientRoom);
    page.items.push({ kind: 'text', x: g.marginLeft, baseline: headBaseline, text: title, style, width: measurer.width(title, style.face, style.size) });
    if (client) {
      const clientWidth = measurer.width(client, style.face, style.size);
      page.items.push({ kind: 'text', x: g.marginLeft + width - clientWidth, baseline: headBaseline, text: client, style, width: clientWidth });
    }
    page.items.push({ kind: 'line', x1: g.marginLeft, y1: headBaseline + 6, x2: g.marginLeft + width, y2: headBaseline + 6, color: RULE, width: 0.5 });
    const folio = `${doc.labels.page} ${index + 1} ${doc.labels.of} ${pages.length}`;
    const folioWidth = measurer.width(folio, style.face, style.size);
    page.items.push({ kind: 'text', x: g.marginLeft + width - folioWidth, baseline: footBaseline, text: folio, style, width: folioWidth });
  });
}
