// The sample report's DOCX read back by pandoc: headings at the right levels
// (with diacritics), the pre-filled table of contents, tables with their
// header row, real lists, links, and every open comment with its replies on
// the right text.

import { beforeAll, describe, expect, it } from 'vitest';
import type { ReportDoc } from '../../../../src/shared/report/doc';
import { allNodes, collapse, inlineText, pandocJson, renderToFile, sampleDoc, sectionTitles, type PandocDoc, type PandocNode } from './docx-helpers';

type Attr = [string, string[], [string, string][]];

describe.each(['nl', 'en'] as const)('DOCX read by pandoc (%s)', (language) => {
  let doc: ReportDoc;
  let ast: PandocDoc;
  beforeAll(async () => {
    doc = sampleDoc(language);
    ast = pandocJson(await renderToFile(doc));
  }, 120_000);

  it('has every section title and heading as a Header at its level, in order', () => {
    const headers = ast.blocks.filter((block) => block.t === 'Header').map((block) => {
      const [level, , inlines] = block.c as [number, Attr, unknown];
      return { title: collapse(inlineText(inlines)), level };
    });
    const expected = sectionTitles(doc).map((entry) => ({ title: collapse(entry.title), level: entry.level }));
    expect(headers).toEqual(expected);
    if (language === 'nl') expect(headers.map((h) => h.title)).toContain('Drijfveren en barrières');
  });

  it('has the table of contents filled in before the first chapter, linking to the headings', () => {
    const firstHeader = ast.blocks.findIndex((block) => block.t === 'Header');
    const before = ast.blocks.slice(0, firstHeader);
    const links = allNodes(before).filter((node) => node.t === 'Link');
    const linkTexts = links.map((link) => collapse(inlineText((link.c as unknown[])[1])));
    for (const { title } of sectionTitles(doc)) expect(linkTexts.some((text) => text.startsWith(collapse(title)))).toBe(true);
    expect(collapse(inlineText(before))).toContain(doc.labels.contents);
  });

  it('has every table with its column headers as the header row', () => {
    const tables = allNodes(ast.blocks).filter((node) => node.t === 'Table');
    const docTables = JSON.stringify(doc).match(/"type":"table"/g) ?? [];
    expect(tables.length).toBe(docTables.length);
    const first = tables[0].c as unknown[];
    const head = first[3] as [Attr, unknown[]];
    expect(head[1].length).toBeGreaterThan(0);
    const headerText = collapse(inlineText(head[1]));
    const findTable = (sections: ReportDoc['sections']): { columns: { header: string }[] } | undefined => {
      for (const section of sections) {
        const table = section.blocks.find((block) => block.type === 'table');
        if (table && table.type === 'table') return table;
        const inChild = findTable(section.children);
        if (inChild) return inChild;
      }
      return undefined;
    };
    const columns = findTable(doc.sections)?.columns ?? [];
    expect(columns.length).toBeGreaterThan(0);
    for (const column of columns) expect(headerText).toContain(column.header);
  });

  it('has bullet and numbered lists and external links', () => {
    const nodes = allNodes(ast.blocks);
    expect(nodes.some((node) => node.t === 'BulletList')).toBe(true);
    expect(nodes.some((node) => node.t === 'OrderedList')).toBe(true);
    const targets = nodes.filter((node) => node.t === 'Link').map((link) => ((link.c as unknown[])[2] as [string, string])[0]);
    expect(targets.some((target) => target.startsWith('https://doi.org/'))).toBe(true);
  });

  it('keeps every open comment and reply with its author, on the commented text', () => {
    expect(doc.comments.length).toBeGreaterThan(0);
    // Walk the inlines in order, collecting the text inside each comment range.
    const starts = new Map<string, { author: string; body: string }>();
    const covered = new Map<string, string>();
    const open = new Set<string>();
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) return value.forEach(walk);
      if (!value || typeof value !== 'object') return;
      const node = value as PandocNode;
      if (node.t === 'Span') {
        const [[, classes, attrs], inner] = node.c as [Attr, unknown];
        const id = attrs.find(([key]) => key === 'id')?.[1] ?? '';
        if (classes.includes('comment-start')) {
          starts.set(id, { author: attrs.find(([key]) => key === 'author')?.[1] ?? '', body: collapse(inlineText(inner)) });
          open.add(id);
          return;
        }
        // pandoc nests the end marks of overlapping ranges inside each other.
        if (classes.includes('comment-end')) open.delete(id);
      }
      if (node.t === 'Str') for (const id of open) covered.set(id, (covered.get(id) ?? '') + (node.c as string));
      Object.values(value).forEach(walk);
    };
    walk(ast.blocks);
    const found = [...starts.entries()];
    for (const comment of doc.comments) {
      const own = found.find(([, start]) => start.body === collapse(comment.body));
      expect(own?.[1].author).toBe(comment.author.name);
      const text = covered.get(own?.[0] ?? '') ?? '';
      if (comment.quote.trim()) expect(text).toContain(comment.quote.replace(/\s+/g, ''));
      else expect(text.length).toBeGreaterThan(0);
      for (const reply of comment.replies) {
        const replyStart = found.find(([, start]) => start.body === collapse(reply.body));
        expect(replyStart?.[1].author).toBe(reply.author.name);
        expect(covered.get(replyStart?.[0] ?? '')).toBe(text);
      }
    }
  });
});
