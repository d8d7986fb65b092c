// What the report builder needs from the citation engine (src/shared/citations):
// an in-text citation and an APA-ordered bibliography. Kept as an interface so
// the builder can be tested with a simple fake and does not care how APA works.

import type { CitationItem } from '../model/rich-text';

export interface BibliographyRun {
  text: string;
  italic?: boolean;
  href?: string;
}

export interface BibliographyEntry {
  sourceId: string;
  text: string;
  runs: BibliographyRun[];
}

export interface CitationEngineLike {
  /** "(De Winter, 2008, p. 12)" for the given items, in the report language. */
  cite(items: CitationItem[]): string;
  /** Entries in APA order; only the given sources when sourceIds is passed. */
  bibliography(sourceIds?: string[]): BibliographyEntry[];
}
