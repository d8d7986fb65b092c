// Step 4, desk research (Deskresearch): the source library (full references
// for APA 7), findings that cite those sources, and the theories used.

import { z } from 'zod';
import { IdSchema, idList, list, richText, stringList, text } from './fields';

export const sourceTypes = ['article', 'book', 'chapter', 'report', 'webpage', 'policy', 'other'] as const;
export const SourceTypeSchema = z.enum(sourceTypes);
export type SourceType = z.infer<typeof SourceTypeSchema>;

/** A person (family + given) or, with literal, an organisation such as "Gemeente Rotterdam". */
export const PersonNameSchema = z.looseObject({
  family: text(),
  given: text(),
  literal: z.string().optional(),
});
export type PersonName = z.infer<typeof PersonNameSchema>;

export const SourceSchema = z.looseObject({
  id: IdSchema,
  type: SourceTypeSchema.default('other'),
  authors: list(PersonNameSchema),
  /** Publication year as written ('' when unknown; rendered as "z.d."/"n.d."). */
  year: text(),
  title: text(),
  /** Journal, book or website the item appeared in. */
  containerTitle: text(),
  editors: list(PersonNameSchema),
  edition: text(),
  volume: text(),
  issue: text(),
  pages: text(),
  publisher: text(),
  place: text(),
  url: text(),
  doi: text(),
  /** Date a web page was consulted, YYYY-MM-DD or ''. */
  accessed: text(),
  note: text(),
  /** Key from a BibTeX/Zotero import, kept to recognise the same source on re-import. */
  citationKey: text(),
});
export type Source = z.infer<typeof SourceSchema>;

export const findingTopics = [
  'target-group',
  'environment',
  'current-behaviour',
  'desired-behaviour',
  'theory',
] as const;
export const FindingTopicSchema = z.enum(findingTopics);
export type FindingTopic = z.infer<typeof FindingTopicSchema>;

export const evidenceStrengths = ['strong', 'moderate', 'weak', 'anecdotal'] as const;
export const EvidenceStrengthSchema = z.enum(evidenceStrengths);
export type EvidenceStrength = z.infer<typeof EvidenceStrengthSchema>;

export const FindingCitationSchema = z.looseObject({
  sourceId: IdSchema,
  /** Page(s) within the source, e.g. "p. 12"; '' when the whole source is meant. */
  locator: text(),
});
export type FindingCitation = z.infer<typeof FindingCitationSchema>;

export const FindingSchema = z.looseObject({
  id: IdSchema,
  text: richText(),
  citations: list(FindingCitationSchema),
  topic: FindingTopicSchema.default('target-group'),
  strength: EvidenceStrengthSchema.default('moderate'),
  tags: stringList(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const TheorySchema = z.looseObject({
  id: IdSchema,
  name: text(),
  description: richText(),
  sourceIds: idList(),
});
export type Theory = z.infer<typeof TheorySchema>;

export const DeskResearchSchema = z.looseObject({
  sources: list(SourceSchema),
  findings: list(FindingSchema),
  theories: list(TheorySchema),
});
export type DeskResearch = z.infer<typeof DeskResearchSchema>;
