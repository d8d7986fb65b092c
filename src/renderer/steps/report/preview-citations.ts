// A structure-only citation engine for the live preview. The headings of a
// report do not depend on how citations read, only on which sources are cited
// (that decides whether a reference list exists). The real APA engine takes
// seconds on first use and would be rebuilt on every edit; exports use it in main.

import type { CitationEngineLike } from '../../../shared/report/citation-port';

export const previewCitations: CitationEngineLike = {
  cite: () => '',
  bibliography: (sourceIds) => (sourceIds ?? []).map((sourceId) => ({ sourceId, text: '', runs: [] })),
};
