// The fast line breaker against the straightforward one it replaced
// (reference-line-break.ts, kept as it was): the same lines, to the last bit
// of every width, on random paragraphs (styles, links, comments, soft hyphens,
// hard breaks, tabs, long words, URLs, surrogate pairs, combining marks) and
// on every page of both sample reports and the large test project.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { xlProjectText } from '../../../../scripts/fixture-xl/build-project';
import { reportDocFor } from '../../../../src/main/export/export-report';
import { titlePageFrame, tocFrames } from '../../../../src/main/export/pdf/front-matter';
import { createMeasurer } from '../../../../src/main/export/pdf/layout/fonts';
import { layoutBody } from '../../../../src/main/export/pdf/layout/layout-body';
import { breakLines } from '../../../../src/main/export/pdf/layout/line-break';
import { isWhiteSpace } from '../../../../src/main/export/pdf/layout/text';
import { A4, type BreakLines, type InlineRun, type TextMeasurer, type TextStyle } from '../../../../src/main/export/pdf/layout/types';
import { readProjectFile } from '../../../../src/main/store/read-project-file';
import type { Language } from '../../../../src/shared/language';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import { breakLines as referenceBreakLines } from './reference-line-break';

const measurer = createMeasurer();
const samples = resolve(__dirname, '..', '..', '..', '..', 'resources', 'samples');

const black = [0, 0, 0] as const;
const styles: TextStyle[] = [
  { face: 'regular', size: 10, color: black },
  { face: 'bold', size: 10, color: black },
  { face: 'italic', size: 10, color: black },
  { face: 'regular', size: 10, color: [0, 0.3, 0.6], underline: true },
  { face: 'semibold', size: 8, color: black },
  { face: 'boldItalic', size: 12.5, color: [0.2, 0.2, 0.2] },
];

/** Words that exercise every path: hyphenation, URL cuts, soft hyphens, odd scripts. */
const words = [
  'coördinatie',
  'ouderbetrokkenheid',
  'voorschoolse',
  'gemeente',
  'de',
  'en',
  'participation',
  'www.gemeente.nl/vve?x=1&y=2',
  'https://example.org/a/very/long/path/that/does/not/fit/anywhere/at/all/in/one/line',
  'Drijf',
  'veer',
  'stafftoets',
  'ge\u00ADmeen\u00ADte',
  'bli\u0301j',
  'Z\u0351a\u030dl\u034ago',
  '👩‍👧',
  '🎉',
  'שלום',
  'مرحبا',
  'Ωmega',
  '(De Winter, 2008)',
  'co-worker',
  '—',
  '1.000,50',
  'a'.repeat(180),
  'x',
];
const separators = [' ', ' ', ' ', '  ', '', '\n', '\t', '\u00AD', ' \n ', '-', '/'];

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 0, maxLength: 40 })
  .map((parts) => parts.map(([word, separator]) => word + separator).join(''));

const runArb: fc.Arbitrary<InlineRun> = fc
  .record({
    text: fc.oneof(textArb, fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 30 })),
    style: fc.constantFrom(...styles),
    link: fc.option(fc.constantFrom({ kind: 'uri' as const, uri: 'https://a.nl' }, { kind: 'anchor' as const, anchor: 'sec-1' }), { nil: undefined }),
    commentIds: fc.option(fc.constantFrom<string[]>(['c1'], ['c1', 'c2'], []), { nil: undefined }),
  })
  .map(({ text, style, link, commentIds }) => {
    const run: InlineRun = { text, style };
    if (link) run.link = link;
    if (commentIds) run.commentIds = commentIds;
    return run;
  });

/** Runs as the report makes them (fresh style objects), sometimes split mid-word so a word changes style. */
const paragraphArb = fc.array(runArb, { minLength: 0, maxLength: 8 }).map((runs) => runs.map((run) => ({ ...run, style: { ...run.style } })));

describe('the fast line breaker gives exactly the lines of the reference breaker', () => {
  it('on random paragraphs, widths, languages and options', () => {
    fc.assert(
      fc.property(
        paragraphArb,
        fc.double({ min: 1, max: 500, noNaN: true }),
        fc.option(fc.double({ min: 1, max: 500, noNaN: true }), { nil: undefined }),
        fc.constantFrom<Language>('nl', 'en'),
        fc.option(fc.boolean(), { nil: undefined }),
        (runs, width, firstLineWidth, language, hyphenate) => {
          const options = { width, firstLineWidth, language, hyphenate };
          expect(breakLines(runs, measurer, options)).toStrictEqual(referenceBreakLines(runs, measurer, options));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on one style shared by every run and on runs that differ only in colour, link or comments', () => {
    const shared = styles[0];
    const text = 'Het programma Drijfveer helpt gemeenten bij coördinatie van voorschoolse ouderbetrokkenheid. ';
    const cases: InlineRun[][] = [
      [{ text, style: shared }, { text: 'Drijf', style: shared }, { text: 'veer is een werk\u00ADwoord. ', style: shared }],
      [{ text: 'Drijf', style: shared }, { text: 'veer', style: { ...shared, color: [0, 0, 0.0001] } }, { text: ` ${text}`, style: shared }],
      [{ text: 'Drijf', style: shared }, { text: 'veer', style: shared, link: { kind: 'uri', uri: 'https://a.nl' } }, { text: ` ${text}`, style: shared }],
      [{ text: 'Drijf', style: shared, commentIds: ['c1'] }, { text: 'veer', style: shared, commentIds: ['c1'] }, { text: ` ${text}`, style: shared }],
      [{ text: 'Drijf', style: { ...shared, size: Number.NaN } }, { text: 'veer', style: { ...shared, size: Number.NaN } }, { text: ` ${text}`, style: shared }],
    ];
    for (const runs of cases) {
      for (const width of [20, 60, 140, 300]) {
        const options = { width, language: 'nl' as const };
        expect(breakLines(runs, measurer, options)).toStrictEqual(referenceBreakLines(runs, measurer, options));
      }
    }
  });

  it('with a measurer that is not additive (every call measured afresh)', () => {
    let calls = 0;
    const odd: TextMeasurer = {
      width: (text, face, size) => {
        calls += 1;
        return measurer.width(text, face, size) + (text.length % 3) * 0.37;
      },
      ascent: (face, size) => measurer.ascent(face, size),
      descent: (face, size) => measurer.descent(face, size),
    };
    fc.assert(
      fc.property(paragraphArb, fc.double({ min: 5, max: 300, noNaN: true }), (runs, width) => {
        const options = { width, language: 'nl' as const };
        expect(breakLines(runs, odd, options)).toStrictEqual(referenceBreakLines(runs, odd, options));
      }),
      { numRuns: 150 },
    );
    expect(calls).toBeGreaterThan(0);
  });
});

describe('the quick white-space check before trimming a line', () => {
  it('agrees with /\\s/u on every UTF-16 unit', () => {
    const differing: number[] = [];
    for (let code = 0; code <= 0xffff; code += 1) if (isWhiteSpace(code) !== /\s/u.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
    expect(isWhiteSpace(0x3000)).toBe(true);
    expect(isWhiteSpace(0x41)).toBe(false);
  });
});

describe('whole reports laid out with the fast and the reference breaker', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'line-break-equivalence-'));
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Body pages, headings, title page and contents of a report with one breaker. */
  function layout(doc: ReportDoc, breaker: BreakLines) {
    const deps = { measurer, breakLines: breaker, geometry: A4 };
    const body = layoutBody(doc, { ...deps, figureSize: () => ({ width: 300, height: 180 }) });
    const front = [titlePageFrame(doc, deps, null), ...tocFrames(doc, body.headings, (heading) => heading.pageIndex + 3, deps)];
    return { body, front };
  }

  async function docOf(file: string, language: Language): Promise<ReportDoc> {
    return reportDocFor((await readProjectFile(file)).loaded.project, language);
  }

  for (const language of ['nl', 'en'] as const) {
    it(`the ${language} sample report`, async () => {
      const doc = await docOf(join(samples, `ouderbetrokkenheid-voorschool.${language}.drijfveer`), language);
      const fast = layout(doc, breakLines);
      expect(fast.body.pages.length).toBeGreaterThan(20);
      expect(fast).toStrictEqual(layout(doc, referenceBreakLines));
    });
  }

  it('the large test project', async () => {
    const file = join(dir, 'xl.drijfveer');
    await writeFile(file, xlProjectText());
    const doc = await docOf(file, 'nl');
    const fast = layout(doc, breakLines);
    expect(fast.body.pages.length).toBeGreaterThan(100);
    expect(fast).toStrictEqual(layout(doc, referenceBreakLines));
  }, 120_000);
});
