// Reference-list entries as text runs. citeproc's HTML output is parsed into
// styled pieces: only the few tags citeproc itself writes are understood (<i>,
// <b>, <span>, <sup>, <div>); every tag is dropped and entities decoded, so no
// raw HTML from a reference survives. The fast APA formatter produces styled
// pieces itself, so both go through the same last step (stylesToRuns): pieces
// of the same style merged, the entry trimmed, DOIs and URLs made links.

import { sanitizeHref } from '../model/rich-text';

export interface BibRun {
  text: string;
  italic?: boolean;
  href?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : '';
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;

/** Splits a run at URLs; a trailing full stop or comma belongs to the sentence, not the link. */
function linkify(run: BibRun, out: BibRun[]): void {
  // Every URL starts with "http"; most runs have none and are kept as they are.
  if (!run.text.includes('http')) {
    out.push(run);
    return;
  }
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
}

/** A piece of an entry's text with its style. */
export interface StyledText {
  text: string;
  italic?: boolean;
}

/** Styled pieces → runs: same-style neighbours merged, outer white space trimmed, empty runs dropped, URLs split off as links. */
export function stylesToRuns(pieces: readonly StyledText[]): BibRun[] {
  // Plain indexed loops: this runs once per export, before the engine has optimised anything.
  const runs: BibRun[] = [];
  let previous: BibRun | undefined;
  for (let i = 0; i < pieces.length; i++) {
    const text = pieces[i].text;
    if (!text) continue;
    const italic = pieces[i].italic === true;
    if (previous !== undefined && (previous.italic === true) === italic) previous.text += text;
    else runs.push((previous = italic ? { text, italic: true } : { text }));
  }
  // citeproc indents entries with spaces and ends them with a newline
  // (trimStart/trimEnd remove exactly what the regular expression \s matches).
  if (runs.length > 0) {
    runs[0].text = runs[0].text.trimStart();
    const lastRun = runs[runs.length - 1];
    lastRun.text = lastRun.text.trimEnd();
  }
  const out: BibRun[] = [];
  for (let i = 0; i < runs.length; i++) if (runs[i].text.length > 0) linkify(runs[i], out);
  return out;
}

export function htmlToRuns(html: string): BibRun[] {
  const pieces: StyledText[] = [];
  let italicDepth = 0;
  const tokens = html.split(/(<[^>]*>)/);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const tag = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(token);
      if (tag && tag[2].toLowerCase() === 'i') italicDepth = Math.max(0, italicDepth + (tag[1] ? -1 : 1));
      continue;
    }
    if (token) pieces.push({ text: decodeEntities(token), italic: italicDepth > 0 });
  }
  return stylesToRuns(pieces);
}

export function runsToText(runs: BibRun[]): string {
  return runs.map((r) => r.text).join('');
}
