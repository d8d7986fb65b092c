// Document properties (File → Properties in Word; dc:* in docProps/core.xml):
// title, authors as creator, subject, keywords and the subtitle as description.

import type { ReportDoc } from '../../../shared/report/doc';
import { safeText } from './text';

export interface CoreProperties {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  lastModifiedBy: string;
}

export function coreProperties(doc: ReportDoc): CoreProperties {
  const { meta } = doc;
  return {
    title: safeText(meta.title),
    subject: safeText(meta.subject),
    creator: safeText(meta.authors.join(', ') || meta.organisation),
    keywords: safeText(meta.keywords.join(', ')),
    description: safeText(meta.subtitle),
    lastModifiedBy: safeText(meta.organisation || meta.authors[0] || ''),
  };
}

/** The w:lang tag for the report language. */
export function languageTag(language: string): string {
  return language === 'en' ? 'en-GB' : 'nl-NL';
}
