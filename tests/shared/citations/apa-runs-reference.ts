// The former way from the fast APA formatter's segments to runs, kept as a
// reference: the segments were written as HTML (text escaped, italics in <i>)
// and parsed back by the HTML → runs code citeproc's output goes through.
// This is that code as it was, on its own, so that a change to the shared
// last step (stylesToRuns in html-runs.ts) cannot hide in both paths at once.
import { Declined } from '../../../src/shared/citations/apa/decline';
import { formatGroup } from '../../../src/shared/citations/apa/group';
import type { Segment } from '../../../src/shared/citations/apa/reference';
import type { BibRun } from '../../../src/shared/citations/html-runs';
import type { Language } from '../../../src/shared/language';
import type { PersonName, Source } from '../../../src/shared/model/desk-research';
import { sanitizeHref } from '../../../src/shared/model/rich-text';

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

function linkify(run: BibRun): BibRun[] {
  const out: BibRun[] = [];
  let last = 0;
  for (const match of run.text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(/[.,;]+$/, '');
    const start = match.index ?? 0;
    const href = sanitizeHref(url);
    if (!href) continue;
    if (start > last) out.push({ ...run, text: run.text.slice(last, start) });
    out.push({ ...run, text: url, href });
    last = start + url.length;
  }
  if (last < run.text.length) out.push({ ...run, text: run.text.slice(last) });
  return out;
}

/** citeproc's HTML → runs, as the code base did it before the shared last step. */
export function referenceHtmlToRuns(html: string): BibRun[] {
  const runs: BibRun[] = [];
  let italicDepth = 0;
  const tokens = html.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(token);
      if (tag && tag[2].toLowerCase() === 'i') italicDepth = Math.max(0, italicDepth + (tag[1] ? -1 : 1));
      continue;
    }
    const text = decodeEntities(token);
    if (!text) continue;
    const previous = runs[runs.length - 1];
    const italic = italicDepth > 0;
    if (previous && Boolean(previous.italic) === italic) previous.text += text;
    else runs.push(italic ? { text, italic: true } : { text });
  }
  if (runs.length > 0) {
    runs[0].text = runs[0].text.replace(/^\s+/, '');
    const lastRun = runs[runs.length - 1];
    lastRun.text = lastRun.text.replace(/\s+$/, '');
  }
  return runs.filter((r) => r.text.length > 0).flatMap(linkify);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Segments → HTML → runs: the former path. */
export function referenceSegmentsToRuns(segments: Segment[]): BibRun[] {
  const html = segments.map((s) => (s.italic ? `<i>${escapeHtml(s.text)}</i>` : escapeHtml(s.text))).join('');
  return referenceHtmlToRuns(html);
}

/** A name group's entries as the former path made them, or null when the group is declined. */
export function referenceApaEntries(
  sources: Source[],
  language: Language,
  firstEditors: PersonName[],
): { sourceId: string; text: string; runs: BibRun[] }[] | null {
  let group: ReturnType<typeof formatGroup>;
  try {
    group = formatGroup(sources, language, firstEditors);
  } catch (error) {
    if (error instanceof Declined) return null;
    throw error;
  }
  return group.entries.map(({ sourceId, segments }) => {
    const runs = referenceSegmentsToRuns(segments);
    return { sourceId, text: runs.map((r) => r.text).join(''), runs };
  });
}
