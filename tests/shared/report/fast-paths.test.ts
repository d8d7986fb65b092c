// The report builder's fast paths give exactly what the straightforward code
// they replaced gave. That code is kept here as the reference: comment
// placement that searched the whole report once per comment, text cleaning
// by four replacements, block ids by replace-then-count, and quotes found by
// a linear search. Compared on the sample projects, the XL fixture, odd
// inputs and random comments.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildXlProject } from '../../../scripts/fixture-xl/build-project';
import type { Comment } from '../../../src/shared/model/review';
import type { Project } from '../../../src/shared/model/project';
import { stepIds } from '../../../src/shared/model/steps';
import type { ReportSectionKey } from '../../../src/shared/model/report-settings';
import { createBuildContext } from '../../../src/shared/report/build-context';
import { buildReport } from '../../../src/shared/report/build-report';
import { placeComments } from '../../../src/shared/report/comments';
import type { Block, HeadingBlock, ParagraphBlock, QuoteBlock, ReportComment, ReportDoc, Run, Section } from '../../../src/shared/report/doc';
import { cleanText, initialsOf, isBlank } from '../../../src/shared/report/text';
import { allBlocks, docBlocks } from '../../../src/shared/report/walk';
import { blocksOfType, fakeEngine, sampleProject } from './helpers';

// --- the reference: the code path before the fast paths -------------------

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function referenceClean(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '').replace(LONE_SURROGATE, '');
}

function referenceInitials(name: string): string {
  return referenceClean(name)
    .split(/\s+/)
    .filter((part) => /^\p{Lu}/u.test(part) && !part.endsWith('.'))
    .map((part) => part[0])
    .join('')
    .slice(0, 3);
}

function referenceIds(): (base: string) => string {
  const usedIds = new Map<string, number>();
  const issued = new Set<string>();
  return (base) => {
    const safe = base.replace(/[^A-Za-z0-9_-]+/g, '-');
    let n = usedIds.get(safe) ?? 0;
    let candidate = safe;
    while (issued.has(candidate)) candidate = `${safe}-${(n += 1) + 1}`;
    usedIds.set(safe, n);
    issued.add(candidate);
    return candidate;
  };
}

type TextBlock = HeadingBlock | ParagraphBlock | QuoteBlock;

const sectionsOfStep: Record<string, ReportSectionKey[]> = {
  assignment: ['management-summary'],
  context: ['context', 'approach'],
  'target-group': ['target-group'],
  'desk-research': ['desk-research', 'references'],
  partners: ['partners', 'appendix-interview-guide', 'appendix-respondents', 'appendix-codebook'],
  insights: ['insights', 'segments'],
  'marketing-mix': ['marketing-mix'],
  advice: ['advice', 'management-summary'],
  monitoring: ['monitoring'],
  report: [],
};

const isTextBlock = (block: Block): block is TextBlock => block.type === 'heading' || block.type === 'paragraph' || block.type === 'quote';
const textBlocks = (sections: Section[], itemId?: string): TextBlock[] =>
  allBlocks(sections).filter((block): block is TextBlock => isTextBlock(block) && (itemId === undefined || block.itemId === itemId));
const plainOf = (block: TextBlock): string => (block.type === 'heading' ? block.text : block.runs.map((run) => run.text).join(''));

function referenceMarkRuns(runs: Run[], commentId: string, quoted: string): Run[] {
  const add = (run: Run): Run => ({ ...run, commentIds: [...(run.commentIds ?? []), commentId] });
  const index = quoted === '' ? -1 : runs.findIndex((run) => run.text.includes(quoted));
  if (index < 0) return runs.map(add);
  const run = runs[index];
  const at = run.text.indexOf(quoted);
  const pieces: Run[] = [
    { ...run, text: run.text.slice(0, at) },
    add({ ...run, text: quoted }),
    { ...run, text: run.text.slice(at + quoted.length) },
  ].filter((piece) => piece.text !== '');
  return [...runs.slice(0, index), ...pieces, ...runs.slice(index + 1)];
}

function referenceAnchor(sections: Section[], comment: Comment): TextBlock | undefined {
  const itemId = comment.target.itemId;
  if (itemId) {
    const shown = textBlocks(sections, itemId);
    const quoted = referenceClean(comment.target.quote).trim();
    const withQuote = quoted === '' ? undefined : shown.find((block) => plainOf(block).includes(quoted));
    if (withQuote ?? shown[0]) return withQuote ?? shown[0];
  }
  for (const key of sectionsOfStep[comment.target.stepId] ?? []) {
    const inSection = textBlocks(sections.filter((section) => section.key === key))[0];
    if (inSection) return inSection;
  }
  return textBlocks(sections)[0];
}

function referencePlace(sections: Section[], comments: readonly Comment[]): ReportComment[] {
  const placed: ReportComment[] = [];
  for (const comment of comments) {
    if (comment.status !== 'open') continue;
    const anchor = referenceAnchor(sections, comment);
    if (!anchor) continue;
    const quoted = anchor.itemId === comment.target.itemId ? referenceClean(comment.target.quote).trim() : '';
    if (anchor.type === 'heading') anchor.commentIds = [...(anchor.commentIds ?? []), comment.id];
    else anchor.runs = referenceMarkRuns(anchor.runs, comment.id, quoted);
    const person = (author: Comment['author']) => ({ name: referenceClean(author.name), role: referenceClean(author.role) });
    placed.push({
      id: comment.id,
      itemId: comment.target.itemId,
      anchorBlockId: anchor.id,
      author: person(comment.author),
      initials: referenceInitials(comment.author.name),
      date: comment.createdAt,
      body: referenceClean(comment.body),
      quote: referenceClean(comment.target.quote),
      replies: comment.replies.map((reply) => ({
        id: reply.id,
        author: person(reply.author),
        initials: referenceInitials(reply.author.name),
        date: reply.createdAt,
        body: referenceClean(reply.body),
      })),
    });
  }
  return placed;
}

// --- helpers ----------------------------------------------------------------

/** The report without comments placed: the input both placements start from. */
function unplaced(project: Project): ReportDoc {
  return buildReport({ ...project, review: { ...project.review, comments: [] } }, { citations: fakeEngine(project) });
}

function bothPlacements(doc: ReportDoc, comments: readonly Comment[]) {
  const fast = structuredClone(doc.sections);
  const slow = structuredClone(doc.sections);
  return {
    fast: { sections: fast, comments: placeComments(fast, comments) },
    slow: { sections: slow, comments: referencePlace(slow, comments) },
  };
}

const stringWithOddCharacters = fc.string({
  unit: fc.constantFrom('a', 'B', ' ', '\t', '\r', '\n', '\r\n', '\u0000', '\u0085', '\u00a0', 'é', 'É', '\ud83d', '\ude00', '\ud83d\ude00', '\ufffe', '.', '-', '/'),
  maxLength: 30,
});

// --- the tests --------------------------------------------------------------

const xl = buildXlProject();

describe('the report builder’s fast paths give what the reference code gave', () => {
  it('cleans text, tests blankness and takes initials exactly as the four replacements did', () => {
    fc.assert(
      fc.property(fc.oneof(stringWithOddCharacters, fc.string({ unit: 'binary', maxLength: 40 })), (text) => {
        expect(cleanText(text)).toBe(referenceClean(text));
        expect(isBlank(text)).toBe(referenceClean(text).trim() === '');
        expect(initialsOf(text)).toBe(referenceInitials(text));
      }),
      { numRuns: 1000 },
    );
    // The fast path must not skip texts that do need work.
    expect(cleanText('a\r\nb\tc\u0007d\ud800')).toBe('a\nb cd');
  });

  it('hands out the same block ids for any sequence of bases', () => {
    const project = sampleProject('nl');
    fc.assert(
      fc.property(fc.array(fc.oneof(stringWithOddCharacters, fc.constantFrom('p', 'p-2', 'p-x', 'h-x y', 'sec-a')), { maxLength: 40 }), (bases) => {
        const ctx = createBuildContext(project, 'nl', fakeEngine(project));
        const reference = referenceIds();
        expect(bases.map((base) => ctx.id(base))).toEqual(bases.map(reference));
      }),
      { numRuns: 500 },
    );
  });

  describe.each([
    ['sample nl', () => sampleProject('nl')],
    ['sample en', () => sampleProject('en')],
    ['XL fixture', () => xl],
  ])('%s', (_name, makeProject) => {
    it('places the project’s comments on the same runs, with the same descriptions', () => {
      const project = makeProject();
      const open = project.review.comments.filter((comment) => comment.status === 'open');
      expect(open.length).toBeGreaterThanOrEqual(3);
      const { fast, slow } = bothPlacements(unplaced(project), project.review.comments);
      expect(fast.comments).toEqual(slow.comments);
      expect(fast.comments).toHaveLength(open.length);
      expect(fast.sections).toEqual(slow.sections);
      // And buildReport itself gives that very result.
      const built = buildReport(project, { citations: fakeEngine(project) });
      expect(built.comments).toEqual(slow.comments);
      expect(built.sections).toEqual(slow.sections);
    }, 60_000);
  });

  it('places random comments (items, quotes, steps, several on one block) like the reference', () => {
    const project = sampleProject('nl');
    const doc = unplaced(project);
    const blocks = docBlocks(doc).filter((block) => isTextBlock(block));
    const itemIds = [...new Set(blocks.map((block) => block.itemId).filter((id): id is string => id !== undefined))];
    const texts = blocks.map((block) => plainOf(block as TextBlock));
    const quoteOf = fc.oneof(
      fc.constant(''),
      stringWithOddCharacters,
      fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat({ max: 40 })).map(([text, start, length]) => text.slice(start % Math.max(1, text.length), (start % Math.max(1, text.length)) + length)),
    );
    const comment = fc.record({
      itemId: fc.oneof(fc.constant(null), fc.constantFrom(...itemIds), fc.constant('no-such-item')),
      stepId: fc.constantFrom(...stepIds),
      quote: quoteOf,
      status: fc.constantFrom('open', 'open', 'resolved'),
      name: stringWithOddCharacters,
      replies: fc.array(stringWithOddCharacters, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(comment, { maxLength: 25 }), (drafts) => {
        const comments: Comment[] = drafts.map((draft, index) => ({
          id: `c${index}`,
          target: { kind: draft.itemId ? 'item' : 'section', stepId: draft.stepId, itemId: draft.itemId, quote: draft.quote },
          author: { name: draft.name, role: 'rol' },
          createdAt: '2026-01-02T03:04:05.000Z',
          updatedAt: '',
          body: `tekst ${draft.quote}`,
          status: draft.status as Comment['status'],
          resolvedAt: '',
          statusChangedAt: '',
          resolvedBy: '',
          replies: draft.replies.map((name, r) => ({ id: `c${index}-r${r}`, author: { name, role: '' }, createdAt: '', updatedAt: '', body: name })),
        }));
        const { fast, slow } = bothPlacements(doc, comments);
        expect(fast.comments).toEqual(slow.comments);
        expect(fast.sections).toEqual(slow.sections);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('finds evidence quotes and their attribution by id as a search would: the first of duplicated ids wins', () => {
    const project = structuredClone(sampleProject('nl'));
    const insight = project.insights.insights.find((item) => item.evidence.quoteIds.length > 0);
    expect(insight?.evidence.quoteIds.length ?? 0).toBeGreaterThan(0);
    const quoteId = insight?.evidence.quoteIds[0] ?? '';
    const original = project.partners.quotes.find((item) => item.id === quoteId);
    expect(original?.id).toBe(quoteId);
    const interview = project.partners.interviews.find((item) => item.id === original?.interviewId);
    expect(interview?.id).toBe(original?.interviewId);
    // Same ids again, later in their lists, with other text: never what the report shows.
    project.partners.quotes.push({ ...structuredClone(original as NonNullable<typeof original>), text: 'DUBBEL CITAAT' });
    project.partners.interviews.push({ ...structuredClone(interview as NonNullable<typeof interview>), code: 'DUBBEL-CODE' });
    const doc = buildReport(project, { citations: fakeEngine(project) });
    const shown = blocksOfType(doc, 'quote').filter((block) => block.itemId === quoteId);
    expect(shown.length).toBeGreaterThan(0);
    for (const block of shown) {
      expect(block.runs.map((run) => run.text).join('')).toBe(cleanText(original?.text ?? ''));
      expect(block.attribution).toContain(cleanText(interview?.code ?? '').trim());
      expect(block.attribution).not.toContain('DUBBEL');
    }
    expect(JSON.stringify(doc)).not.toContain('DUBBEL CITAAT');
  });
});
