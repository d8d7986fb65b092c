// The comment parts written as text (word/comments.xml, commentsExtended.xml,
// commentsIds.xml) are the very parts the docx library writes from the same
// comments, with the same relationships and content types; and taking the
// library's parts before it zips them gives the same package as reading its
// zip back.

import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../src/main/export/docx/render-docx';
import type { ReportComment, ReportDoc } from '../../../../src/shared/report/doc';
import { sampleDoc } from './docx-helpers';
import { normalisedBody, packageParts, partText } from './package-reading';
import { renderDocxWithReferenceBody } from './reference/render-reference';

const COMMENT_PARTS = ['word/comments.xml', 'word/commentsExtended.xml', 'word/commentsIds.xml'];
const ALIKE_PARTS = [...COMMENT_PARTS, 'word/_rels/comments.xml.rels', '[Content_Types].xml', 'word/settings.xml'];

/** The main part's relationships to the comment parts (the body's own links and pictures differ in ids only). */
function commentRelationships(parts: Map<string, Uint8Array>): string[] {
  return [...partText(parts, 'word/_rels/document.xml.rels').matchAll(/<Relationship [^>]*Target="(comments[^"]*)"[^>]*\/>/g)].map((match) => match[0]).sort();
}

const odd = 'A & <b> "q" \'s\' é 👩‍👧 \u0001 ]]>';

function comment(id: string, anchorBlockId: string, extra: Partial<ReportComment> = {}): ReportComment {
  return {
    id,
    itemId: null,
    anchorBlockId,
    author: { name: `Naam ${id}`, role: '' },
    initials: 'NN',
    date: '2026-03-04T05:06:07.000Z',
    body: `Opmerking ${id}`,
    quote: '',
    replies: [],
    ...extra,
  };
}

/** The sample report with its comments replaced by the given ones, all on the first heading. */
function withComments(make: (anchor: string) => ReportComment[]): ReportDoc {
  const doc = sampleDoc('nl');
  const first = doc.sections[0];
  const anchor = `h-comments-${first.id}`;
  const comments = make(anchor);
  first.blocks.unshift({ type: 'heading', id: anchor, level: 2, text: 'Kop met opmerkingen', anchor, commentIds: comments.map((item) => item.id) });
  const strip = (blocks: ReportDoc['sections'][number]['blocks']) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'quote') for (const run of block.runs) delete run.commentIds;
      if (block.type === 'heading' && block.id !== anchor) delete block.commentIds;
    }
  };
  const visit = (section: ReportDoc['sections'][number]) => {
    strip(section.blocks);
    section.children.forEach(visit);
  };
  doc.sections.forEach(visit);
  return { ...doc, comments };
}

const cases: [string, () => ReportDoc][] = [
  ['the sample report', () => sampleDoc('nl')],
  ['odd text, several lines, empty bodies and names, long threads', () => withComments((anchor) => [
    comment('c1', anchor, {
      author: { name: odd, role: odd },
      initials: '',
      body: `regel een\nregel twee\r\n${odd}\n`,
      replies: [
        { id: 'r1', author: { name: '', role: '' }, initials: 'XY', date: '2026-03-05T00:00:00.000Z', body: '' },
        { id: 'r2', author: { name: 'Tab\tNaam', role: '' }, initials: 'TN', date: '2026-03-06T00:00:00.000Z', body: odd },
      ],
    }),
    comment('c2', anchor, { body: '' }),
    ...Array.from({ length: 20 }, (_, index) => comment(`c-many-${index}`, anchor, {
      replies: index % 3 === 0 ? [{ id: `c-many-${index}-r`, author: { name: 'Antwoord', role: '' }, initials: 'A', date: '2026-04-01T00:00:00.000Z', body: 'ja' }] : [],
    })),
  ])],
  ['comments without replies', () => withComments((anchor) => [comment('c1', anchor), comment('c2', anchor, { body: 'twee\nregels' })])],
  ['no comments', () => withComments(() => [])],
];

describe.each(cases)('DOCX comment parts as XML text, %s', (_name, makeDoc) => {
  it('writes the parts the docx library writes, with the same relationships and content types', async () => {
    const doc = makeDoc();
    const library = packageParts(await renderDocxWithReferenceBody(doc));
    const xml = packageParts(await renderDocx(doc));
    const names = (parts: Map<string, Uint8Array>) => [...parts.keys()].filter((name) => !name.startsWith('word/media/'));
    expect(names(xml)).toEqual(names(library));
    for (const part of ALIKE_PARTS) {
      if (!library.has(part)) {
        expect(xml.has(part), part).toBe(false);
        continue;
      }
      expect(partText(xml, part), part).toBe(partText(library, part));
    }
    expect(commentRelationships(xml)).toEqual(commentRelationships(library));
    const written = COMMENT_PARTS.filter((part) => xml.has(part));
    if (doc.comments.length === 0) expect(written).toEqual([]);
    else {
      const comments = partText(xml, 'word/comments.xml');
      const wordIds = doc.comments.reduce((sum, item) => sum + 1 + item.replies.length, 0);
      expect([...comments.matchAll(/<w:comment /g)]).toHaveLength(wordIds);
      expect(xml.has('word/commentsExtended.xml')).toBe(doc.comments.some((item) => item.replies.length > 0));
    }
  }, 120_000);
});

describe('DOCX package parts taken before the library zips them', () => {
  it('give the same package as the library’s zip read back', async () => {
    const doc = cases[1][1]();
    const directBytes = await renderDocx(doc);
    const viaZipBytes = await renderDocx(doc, { libraryZip: true });
    const direct = packageParts(directBytes);
    const viaZip = packageParts(viaZipBytes);
    expect([...direct.keys()]).toEqual([...viaZip.keys()]);
    // Bookmark and drawing ids count on from one file to the next: the bodies are compared with them renumbered.
    expect(normalisedBody(directBytes)).toBe(normalisedBody(viaZipBytes));
    // The document properties carry the time of writing; every other part is the same to the byte.
    for (const [name, data] of direct) {
      if (name === 'docProps/core.xml' || name === 'word/document.xml') continue;
      expect(Buffer.compare(Buffer.from(data), Buffer.from(viaZip.get(name) ?? new Uint8Array())), name).toBe(0);
    }
  }, 120_000);
});

describe('DOCX comment dates', () => {
  it('gives a comment with an unreadable date the time of writing, as the library does', async () => {
    const doc = withComments((anchor) => [comment('c1', anchor, { date: 'not a date' })]);
    const before = Date.now();
    const comments = partText(packageParts(await renderDocx(doc)), 'word/comments.xml');
    const date = /<w:comment [^>]*w:date="([^"]+)"/.exec(comments)?.[1] ?? '';
    expect(Date.parse(date)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(date)).toBeLessThanOrEqual(Date.now() + 1000);
  }, 60_000);
});
