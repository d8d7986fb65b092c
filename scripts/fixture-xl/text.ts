// Text for the XL fixture, assembled from the vocabulary with the seeded
// generator: interview answers of realistic length (with the sentence
// boundaries kept, so quotes can be cut out at exact offsets), and rich-text
// documents for the narrative fields.

import type { Block, CitationItem, Inline, RichText } from '../../src/shared/model/rich-text';
import type { Random } from './random';
import { adviceActions, adviceOpeners, clauses, openers, researchOpeners, spoken, tails } from './vocabulary';

export const MIN_ANSWER_WORDS = 40;
export const MAX_ANSWER_WORDS = 120;

export const wordCount = (text: string): number => text.split(/\s+/).filter((word) => word !== '').length;

/** A sentence about what someone noticed or said; a third are in the respondent's own words. */
export function reportedSentence(random: Random): string {
  if (random.chance(0.33)) return random.pick(spoken);
  return `${random.pick(openers)} ${random.pick(clauses)}${random.pick(tails)}`;
}

export function researchSentence(random: Random): string {
  return `${random.pick(researchOpeners)} ${random.pick(clauses)}${random.pick(tails)}`;
}

export function adviceSentence(random: Random): string {
  return `${random.pick(adviceOpeners)} ${random.pick(adviceActions)}.`;
}

/** An interview answer and where each of its sentences starts and ends ([start, end) offsets). */
export interface AnswerText {
  text: string;
  sentences: { start: number; end: number }[];
}

/** 40–120 words of whole sentences; the length is drawn first so answers vary like real ones. */
export function answerText(random: Random): AnswerText {
  const target = random.int(MIN_ANSWER_WORDS, MAX_ANSWER_WORDS);
  const sentences: { start: number; end: number }[] = [];
  let text = '';
  let words = 0;
  while (words < target) {
    const next = reportedSentence(random);
    // The same sentence twice in one answer reads like a copy error; draw again.
    if (text.includes(next)) continue;
    const nextWords = wordCount(next);
    // A sentence that would push past the maximum is dropped; there is always
    // room for another when we are still under the minimum (sentences are short).
    if (words + nextWords > MAX_ANSWER_WORDS) {
      if (words >= MIN_ANSWER_WORDS) break;
      continue;
    }
    const start = text === '' ? 0 : text.length + 1;
    text = text === '' ? next : `${text} ${next}`;
    sentences.push({ start, end: text.length });
    words += nextWords;
  }
  return { text, sentences };
}

/** Several sentences from one generator, joined into one line. */
export function sentences(random: Random, make: (random: Random) => string, min: number, max: number): string {
  const count = random.int(min, max);
  return Array.from({ length: count }, () => make(random)).join(' ');
}

const textInline = (text: string): Inline => ({ type: 'text', text });

export function paragraph(...content: Inline[]): Block {
  return { type: 'paragraph', content };
}

export function doc(...blocks: Block[]): RichText {
  return { type: 'doc', content: blocks };
}

/** Plain paragraphs, each of a few sentences. */
export function prose(random: Random, make: (random: Random) => string, paragraphs: number): RichText {
  return doc(...Array.from({ length: paragraphs }, () => paragraph(textInline(sentences(random, make, 2, 4)))));
}

/** A paragraph followed by a bullet list, the shape many advice texts take. */
export function proseWithList(random: Random, make: (random: Random) => string, bullets: number): RichText {
  const list: Block = {
    type: 'bulletList',
    items: Array.from({ length: bullets }, () => ({ content: [paragraph(textInline(make(random)))] })),
  };
  return doc(paragraph(textInline(sentences(random, make, 1, 3))), list);
}

/** A paragraph of text ending in an in-text citation, with a bold lead-in. */
export function citedParagraph(random: Random, citationId: string, items: CitationItem[]): RichText {
  const lead: Inline = { type: 'text', text: 'Kern: ', marks: [{ type: 'bold' }] };
  return doc(
    paragraph(lead, textInline(`${sentences(random, researchSentence, 1, 3)} `), {
      type: 'citation',
      id: citationId,
      items,
    }),
  );
}
