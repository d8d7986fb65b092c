// Running header and footer on every page but the title page: the report
// title in the header above a hairline, "Pagina X van Y" / "Page X of Y" in
// the footer, right-aligned, with the consultancy on the left.

import { Footer, Header, PageNumber, Paragraph, TabStopType, TextRun } from 'docx';
import type { ReportDoc } from '../../../shared/report/doc';
import { RULE, TEXT_WIDTH } from './context';
import { safeText } from './text';

export function runningHeader(doc: ReportDoc): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'HeaderFooterText',
        border: { bottom: { style: 'single', size: 4, color: RULE, space: 4 } },
        children: [new TextRun(safeText(doc.meta.title))],
      }),
    ],
  });
}

export function runningFooter(doc: ReportDoc): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'HeaderFooterText',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun(safeText(doc.meta.organisation)),
          new TextRun({ children: ['\t', `${safeText(doc.labels.page)} `, PageNumber.CURRENT, ` ${safeText(doc.labels.of)} `, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

/** The title page's own (empty) header and footer. */
export function emptyHeader(): Header {
  return new Header({ children: [new Paragraph({ children: [] })] });
}

export function emptyFooter(): Footer {
  return new Footer({ children: [new Paragraph({ children: [] })] });
}
