// The options LinkPicker offers when linking items of steps 6–8: quotes with
// their pseudonymous interview code, findings as plain text with their
// sources, segments, insights and activities. Pure, so each step can memoise
// them on the lists they are built from.

import type { LinkOption } from '../../components/link-picker-filter';
import type { Quote } from '../../../shared/model/coding';
import type { Interview } from '../../../shared/model/interviews';
import type { Finding, Source } from '../../../shared/model/desk-research';
import type { Insight, Segment } from '../../../shared/model/insights';
import type { Activity } from '../../../shared/model/marketing-mix';
import type { Language } from '../../../shared/language';
import { richTextToPlain } from '../../../shared/model/rich-text';
import { authorPart } from '../../components/rich-text/format-citation';

/** Long texts are cut for the list; the full text stays in the item itself. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Remembers the last result by argument identity. The quote and finding lists
 * of an XL project (1,000 and 600 items) are the same arrays while the user
 * moves between steps, so their options are built once, not on every visit.
 */
function rememberLast<A extends unknown[], R>(build: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((arg, i) => arg === args[i])) return last.result;
    const result = build(...args);
    last = { args, result };
    return result;
  };
}

export const quoteOptions = rememberLast(
  (quotes: readonly Quote[], interviews: readonly Interview[], untitled: string): LinkOption[] => {
    const codes = new Map(interviews.map((i) => [i.id, i.code]));
    // The code leads the label so a chip reads "R04 · “…”": who said it, pseudonymously.
    return quotes.map((q) => {
      const code = codes.get(q.interviewId);
      const text = `“${shorten(q.text, 140) || untitled}”`;
      return { id: q.id, label: code ? `${code} · ${text}` : text };
    });
  },
);

/** Findings as plain text; the hint names their sources ("Epstein 2011; Bakker 2019") so they can be searched by author. */
export const findingOptions = rememberLast(
  (findings: readonly Finding[], sources: readonly Source[], language: Language, untitled: string): LinkOption[] => {
    const byId = new Map(sources.map((s) => [s.id, s]));
    const cite = (sourceId: string) => {
      const source = byId.get(sourceId);
      return source ? `${authorPart(source, language)} ${source.year}`.trim() : '';
    };
    return findings.map((f) => ({
      id: f.id,
      label: shorten(richTextToPlain(f.text)) || untitled,
      hint: f.citations.map((c) => cite(c.sourceId)).filter((x) => x !== '').join('; ') || undefined,
    }));
  },
);

export function segmentOptions(segments: readonly Segment[], untitled: string): LinkOption[] {
  return segments.map((s) => ({ id: s.id, label: s.name.trim() || untitled, hint: s.share || undefined }));
}

export function insightOptions(
  insights: readonly Insight[],
  typeName: (type: Insight['type']) => string,
  untitled: string,
): LinkOption[] {
  return insights.map((i) => ({ id: i.id, label: i.title.trim() || untitled, hint: typeName(i.type) }));
}

export function activityOptions(
  activities: readonly Activity[],
  cellName: (activity: Activity) => string,
  untitled: string,
): LinkOption[] {
  return activities.map((a) => ({ id: a.id, label: a.title.trim() || untitled, hint: cellName(a) }));
}
