// Every fixed word of the report, in Dutch and English: section titles, table
// headers, figure captions, enum values. Builders take words only from here,
// so a report in English contains no Dutch boilerplate and vice versa.

import type { Language } from '../language';
import { en } from './labels-en';
import { nl, type ReportLabels } from './labels-nl';

export type { ReportLabels } from './labels-nl';

export const reportLabels: Record<Language, ReportLabels> = { nl, en };
