// Paragraph and character styles: calm typography in Calibri (installed with
// every Office; LibreOffice uses the metric-compatible Carlito), real Heading
// 1–3 styles so Word's navigation pane and the table of contents work, the
// accent colour only on chapter titles, table headers and rules.

import { LineRuleType, type IStylesOptions } from 'docx';
import { BODY_FONT, INK, MUTED } from './context';

/** Half-points, as docx sizes are given. */
const pt = (points: number) => points * 2;

export function documentStyles(accent: string, lang: string): IStylesOptions {
  const font = { ascii: BODY_FONT, hAnsi: BODY_FONT, cs: BODY_FONT, eastAsia: BODY_FONT };
  return {
    default: {
      document: {
        run: { font, size: pt(10.5), color: INK, language: { value: lang } },
        paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font, size: pt(20), bold: true, color: accent, language: { value: lang } },
        paragraph: { spacing: { before: 0, after: 280, line: 240, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      heading2: {
        run: { font, size: pt(14), bold: true, color: INK, language: { value: lang } },
        paragraph: { spacing: { before: 360, after: 120, line: 252, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font, size: pt(11.5), bold: true, color: INK, language: { value: lang } },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      title: {
        run: { font, size: pt(30), bold: true, color: INK, language: { value: lang } },
        paragraph: { spacing: { before: 0, after: 200, line: 240, lineRule: LineRuleType.AUTO } },
      },
      hyperlink: { run: { color: accent, underline: {} } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(14), color: MUTED },
        paragraph: { spacing: { after: 480, line: 276, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(9), color: MUTED },
        paragraph: { spacing: { before: 80, after: 240 } },
      },
      {
        id: 'TableCaption',
        name: 'Table Caption',
        basedOn: 'Caption',
        next: 'Normal',
        paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
      },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: INK },
        paragraph: {
          indent: { left: 567, right: 567 },
          spacing: { before: 120, after: 40 },
          border: { left: { style: 'single', size: 12, color: accent, space: 10 } },
          keepNext: true,
        },
      },
      {
        id: 'QuoteAttribution',
        name: 'Quote Attribution',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(9), color: MUTED },
        paragraph: { indent: { left: 567 }, spacing: { after: 200 }, border: { left: { style: 'single', size: 12, color: accent, space: 10 } } },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        next: 'TableText',
        run: { size: pt(9.5) },
        paragraph: { spacing: { before: 0, after: 40, line: 264, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'TableHeading',
        name: 'Table Heading',
        basedOn: 'TableText',
        next: 'TableText',
        run: { bold: true, color: 'FFFFFF' },
        paragraph: { keepNext: true },
      },
      {
        id: 'ListParagraph',
        name: 'List Paragraph',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: 'TitleMeta',
        name: 'Title Page Details',
        basedOn: 'Normal',
        run: { size: pt(10.5), color: INK },
        paragraph: { spacing: { after: 40 } },
      },
      {
        id: 'HeaderFooterText',
        name: 'Header Footer Text',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: MUTED },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'TOCHeading',
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(20), bold: true, color: accent },
        paragraph: { spacing: { after: 280 } },
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 284 }, spacing: { after: 20 } } },
      { id: 'TOC3', name: 'toc 3', basedOn: 'Normal', next: 'Normal', run: { color: MUTED }, paragraph: { indent: { left: 567 }, spacing: { after: 20 } } },
    ],
  };
}
