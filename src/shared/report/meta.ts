// The report's metadata: title-page content and document properties.

import type { BuildContext } from './build-context';
import type { ReportMeta } from './doc';
import { cleanText } from './text';

export function reportMeta(ctx: BuildContext): ReportMeta {
  const a = ctx.project.assignment;
  const clean = (text: string) => cleanText(text).trim();
  const client = [a.client.municipality, a.client.department].map(clean).filter(Boolean).join(', ');
  return {
    title: clean(a.title),
    subtitle: clean(a.subtitle),
    client,
    organisation: clean(a.consultancy.organisation),
    authors: a.authors.map((author) => clean(author.name)).filter(Boolean),
    date: clean(a.reportDate),
    status: a.status,
    statusLabel: ctx.labels.statuses[a.status],
    language: ctx.language,
    accentColor: a.branding.accentColor,
    logo: a.branding.logo ? { mediaType: a.branding.logo.mediaType, dataBase64: a.branding.logo.dataBase64 } : null,
    keywords: [clean(a.client.municipality), ctx.labels.keyword].filter(Boolean),
    subject: clean(a.subtitle) || clean(a.title),
  };
}
