// Shared pieces for the report tests: the realistic sample projects, a fake
// citation engine that records what it was asked, and tree walkers.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../../src/shared/language';
import type { Project } from '../../../src/shared/model/project';
import type { CitationItem } from '../../../src/shared/model/rich-text';
import { loadProjectText } from '../../../src/shared/project-file/load';
import type { BibliographyEntry, CitationEngineLike } from '../../../src/shared/report/citation-port';
import type { Block, ReportDoc, Run, Section } from '../../../src/shared/report/doc';
import { docBlocks, visitSections } from '../../../src/shared/report/walk';

export function sampleProject(language: Language = 'nl'): Project {
  const file = path.resolve(__dirname, `../../../resources/samples/ouderbetrokkenheid-voorschool.${language}.drijfveer`);
  return loadProjectText(readFileSync(file, 'utf8')).project;
}

/** Cites as "(cite:id1,id2)" and lists sources in reverse id order, so tests can see order comes from the engine. */
export function fakeEngine(project: Project): CitationEngineLike & { citeCalls: CitationItem[][] } {
  const citeCalls: CitationItem[][] = [];
  return {
    citeCalls,
    cite(items) {
      citeCalls.push(items);
      return `(cite:${items.map((item) => item.sourceId + (item.locator ? ` ${item.locator}` : '')).join('; ')})`;
    },
    bibliography(sourceIds) {
      const ids = sourceIds ?? project.deskResearch.sources.map((source) => source.id);
      return [...ids].sort().reverse().map((sourceId): BibliographyEntry => {
        const source = project.deskResearch.sources.find((item) => item.id === sourceId);
        const title = source?.title ?? '';
        return { sourceId, text: `Entry ${sourceId}. ${title}`, runs: [{ text: `Entry ${sourceId}. ` }, { text: title, italic: true }] };
      });
    },
  };
}

export function allSections(doc: ReportDoc): Section[] {
  const out: Section[] = [];
  visitSections(doc.sections, (section) => out.push(section));
  return out;
}

export function allRuns(doc: ReportDoc): Run[] {
  return docBlocks(doc).flatMap((block) => (block.type === 'paragraph' || block.type === 'quote' ? block.runs : []));
}

export function blocksOfType<T extends Block['type']>(doc: ReportDoc, type: T): Extract<Block, { type: T }>[] {
  return docBlocks(doc).filter((block): block is Extract<Block, { type: T }> => block.type === type);
}

/** All visible text of a block list, for "does this appear" checks. */
export function plainText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return block.text;
        case 'paragraph':
        case 'quote':
          return block.runs.map((run) => run.text).join('');
        default:
          return '';
      }
    })
    .join('\n');
}
