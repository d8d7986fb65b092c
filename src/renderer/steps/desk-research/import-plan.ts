// What an import of a reference file does to the library, worked out before
// anything changes: which entries are new, which are already there
// (skipped) and which could not be read. Pure, so it is tested without a DOM.

import type { Source } from '../../../shared/model/desk-research';
import { importReferences, type ImportError, type ImportFormat } from '../../../shared/citations/import';
import { mergeImport } from '../../../shared/citations/duplicates';

export interface ImportPlan {
  fileName: string;
  format: ImportFormat;
  added: Source[];
  duplicates: { imported: Source; existing: Source }[];
  errors: ImportError[];
}

export function planImport(library: Source[], text: string, fileName: string): ImportPlan {
  const result = importReferences(text, fileName);
  const { added, duplicates } = mergeImport(library, result.sources);
  return { fileName, format: result.format, added, duplicates, errors: result.errors };
}
