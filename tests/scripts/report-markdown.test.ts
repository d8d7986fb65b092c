// The Markdown the DOCX benchmark hands pandoc must carry the same report:
// the sample project's ReportDoc, written as Markdown and read back by pandoc,
// has as many headings, tables, lists and quotes as the ReportDoc, and every
// paragraph's words survive (Markdown syntax characters are escaped).

import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdown, reportMarkdown } from '../../scripts/bench/report-markdown';
import { reportDocFor } from '../../src/main/export/export-report';
import { readProjectFile } from '../../src/main/store/read-project-file';
import type { Block, ReportDoc } from '../../src/shared/report/doc';
import { docBlocks } from '../../src/shared/report/walk';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(repoRoot, 'resources/samples/ouderbetrokkenheid-voorschool.nl.drijfveer');
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;

interface PandocNode { t: string; c?: unknown }

function countTypes(node: unknown, counts: Map<string, number>): void {
  if (Array.isArray(node)) node.forEach((child) => countTypes(child, counts));
  else if (node && typeof node === 'object') {
    const { t, c } = node as PandocNode;
    if (typeof t === 'string') counts.set(t, (counts.get(t) ?? 0) + 1);
    if (c !== undefined) countTypes(c, counts);
  }
}

describe('reportMarkdown', () => {
  let doc: ReportDoc;
  let markdown: string;
  beforeAll(async () => {
    const { loaded } = await readProjectFile(SAMPLE);
    doc = reportDocFor(loaded.project, 'nl');
    markdown = reportMarkdown(doc, (block) => `${block.id}.png`);
  }, 60_000);

  it('escapes Markdown syntax so text stays text', () => {
    expect(escapeMarkdown('a*b_c [d](e) # 1. | x')).toBe('a\\*b\\_c \\[d\\]\\(e\\) \\# 1\\. \\| x');
  });

  it.runIf(hasPandoc)('reads back in pandoc with the same structure and words', () => {
    const ast = JSON.parse(execFileSync('pandoc', ['-f', 'markdown', '-t', 'json'], { input: markdown, maxBuffer: 64 << 20 }).toString('utf8'));
    const counts = new Map<string, number>();
    countTypes(ast.blocks, counts);
    const blocks = docBlocks(doc);
    let sections = 0;
    const countSections = (list: ReportDoc['sections']) => list.forEach((s) => { sections += 1; countSections(s.children); });
    countSections(doc.sections);
    const of = (type: string) => blocks.filter((b) => b.type === type).length;
    expect(counts.get('Header')).toBe(sections + of('heading'));
    expect(counts.get('Table') ?? 0).toBe(of('table'));
    expect(counts.get('BlockQuote') ?? 0).toBe(of('quote'));
    // Lists inside table cells become one line of the cell (pipe tables hold no blocks).
    let lists = 0;
    const countLists = (list: readonly Block[]) => list.forEach((b) => {
      if (b.type === 'list') { lists += 1; b.items.forEach(countLists); }
    });
    const countIn = (list: ReportDoc['sections']) => list.forEach((s) => { countLists(s.blocks); countIn(s.children); });
    countIn(doc.sections);
    expect(lists).toBeGreaterThan(0);
    expect((counts.get('BulletList') ?? 0) + (counts.get('OrderedList') ?? 0)).toBe(lists);
    expect(of('table')).toBeGreaterThan(0);

    const plain = execFileSync('pandoc', ['-f', 'markdown', '-t', 'plain', '--wrap=none'], { input: markdown, maxBuffer: 64 << 20 })
      .toString('utf8')
      .replace(/\s+/g, ' ');
    // Paragraphs directly in sections (plain text wraps table cells, so those are not compared).
    const paragraphs: Block[] = [];
    const collect = (list: ReportDoc['sections']) => list.forEach((s) => { paragraphs.push(...s.blocks); collect(s.children); });
    collect(doc.sections);
    expect(paragraphs.filter((b) => b.type === 'paragraph').length).toBeGreaterThan(5);
    for (const block of paragraphs) {
      if (block.type !== 'paragraph') continue;
      const text = block.runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim();
      if (text) expect(plain).toContain(text);
    }
  });
});
