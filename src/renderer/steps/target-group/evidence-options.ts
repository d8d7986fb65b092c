// Options for linking a determinant to its evidence: findings from the desk
// research and quotes from the interviews. Labels are short plain-text
// excerpts; the hint says where the item comes from, so two similar quotes
// can be told apart. Built once per list (memoised by the caller): with 600
// findings and 1,000 quotes this must not run on every keystroke.

import type { Finding } from '../../../shared/model/desk-research';
import type { Quote } from '../../../shared/model/coding';
import type { Interview } from '../../../shared/model/interviews';
import { richTextToPlain } from '../../../shared/model/rich-text';
import type { LinkOption } from '../../components/LinkPicker';

const maxLabel = 120;

export function excerpt(text: string, max = maxLabel): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Findings as options; the hint is the translated topic. `untitled` names a finding without text. */
export function findingOptions(
  findings: readonly Finding[],
  topicLabel: (topic: Finding['topic']) => string,
  untitled: string,
): LinkOption[] {
  return findings.map((finding) => ({
    id: finding.id,
    label: excerpt(richTextToPlain(finding.text)) || untitled,
    hint: topicLabel(finding.topic),
  }));
}

/** Quotes as options; the hint is the pseudonymous code of the interview (never the respondent's name). */
export function quoteOptions(quotes: readonly Quote[], interviews: readonly Interview[], untitled: string): LinkOption[] {
  const codes = new Map(interviews.map((interview) => [interview.id, interview.code]));
  return quotes.map((quote) => ({
    id: quote.id,
    label: excerpt(quote.text) || untitled,
    hint: codes.get(quote.interviewId) || undefined,
  }));
}
