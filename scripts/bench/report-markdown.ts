// The same report content as pandoc Markdown, so pandoc can be timed turning
// it into DOCX next to our exporter: section and block headings, paragraphs
// with bold/italic/links, bullet and numbered lists (nested), pipe tables with
// captions, quotes, and figures as the PNG pictures our exporter embeds.
// Comments and the title page have no Markdown form and are left out (that
// leaves pandoc slightly less to do, so the comparison does not favour us).

import type { Block, ReportDoc, Run, Section } from '../../src/shared/report/doc';

/** Escapes the characters pandoc's Markdown reader would take as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~^$@]/g, (c) => `\\${c}`);
}

function runMarkdown(run: Run): string {
  const lines = run.text.split('\n').map(escapeMarkdown);
  const whole = lines.join('\\\n');
  // Emphasis may not start or end with a space in Markdown, so spaces stay outside the markers.
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(whole) ?? ['', '', whole, ''];
  if (core === '') return whole;
  let text = core;
  if (run.bold) text = `**${text}**`;
  if (run.italic) text = `*${text}*`;
  if (run.href) text = `[${text}](<${run.href}>)`;
  return `${before}${text}${after}`;
}

const runsMarkdown = (runs: Run[]) => runs.map(runMarkdown).join('');

/** One line of plain inline text for places that hold a single line (table cells). */
function inlineText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' || block.type === 'quote') parts.push(runsMarkdown(block.runs).replace(/\\\n/g, ' '));
    else if (block.type === 'heading') parts.push(escapeMarkdown(block.text));
    else if (block.type === 'list') parts.push(...block.items.map((item) => `• ${inlineText(item)}`));
  }
  return parts.join(' ').replace(/\n/g, ' ');
}

export type FigureFile = (block: Extract<Block, { type: 'figure' }>) => string;

function blockMarkdown(block: Block, figureFile: FigureFile, indent = ''): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(Math.min(6, block.level + 1))} ${escapeMarkdown(block.text)}`;
    case 'paragraph':
      return indent + runsMarkdown(block.runs);
    case 'quote':
      return `> ${runsMarkdown(block.runs).replace(/\n/g, '\n> ')}\n>\n> — ${escapeMarkdown(block.attribution)}`;
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered ? `${index + 1}. ` : '- ';
          const inner = item.map((child, at) => {
            const text = blockMarkdown(child, figureFile, `${indent}    `).trimStart();
            return child.type === 'list' && item[at - 1]?.type === 'list' ? `<!-- -->\n\n${indent}    ${text}` : text;
          });
          return `${indent}${marker}${inner.join(`\n\n${indent}    `)}`;
        })
        .join('\n');
    case 'table': {
      const header = `| ${block.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`;
      const rule = `|${block.columns.map(() => '---').join('|')}|`;
      const rows = block.rows.map((row) => `| ${block.columns.map((_, i) => inlineText(row[i]?.blocks ?? [])).join(' | ')} |`);
      return [header, rule, ...rows, '', `: ${escapeMarkdown(block.caption)}`].join('\n');
    }
    case 'figure':
      return `![${escapeMarkdown(block.caption)}](${figureFile(block)})`;
    case 'pageBreak':
      return '';
  }
}

function sectionMarkdown(section: Section, figureFile: FigureFile, out: string[]): void {
  out.push(`${'#'.repeat(section.level)} ${escapeMarkdown(section.title)}`);
  section.blocks.forEach((block, index) => {
    const text = blockMarkdown(block, figureFile);
    // Two lists in a row would merge into one in Markdown; an empty comment keeps them apart.
    if (block.type === 'list' && section.blocks[index - 1]?.type === 'list') out.push('<!-- -->');
    if (text !== '') out.push(text);
  });
  for (const child of section.children) sectionMarkdown(child, figureFile, out);
}

/** The report as one Markdown document; `figureFile` names the picture file of each figure. */
export function reportMarkdown(doc: ReportDoc, figureFile: FigureFile): string {
  const out: string[] = [`---\ntitle: "${doc.meta.title.replace(/["\\]/g, (c) => `\\${c}`)}"\nlang: ${doc.meta.language}\n---`];
  for (const section of doc.sections) sectionMarkdown(section, figureFile, out);
  return `${out.join('\n\n')}\n`;
}
