// Rich text of the project becomes report runs and lists: marks kept, links
// sanitised, citations formatted by the engine, unknown sources left out,
// empty paragraphs and lists dropped.

import { describe, expect, it } from 'vitest';
import { createBuildContext } from '../../../src/shared/report/build-context';
import { richTextBlocks } from '../../../src/shared/report/rich-text-blocks';
import { createEmptyProject } from '../../../src/shared/model/project';
import type { RichText } from '../../../src/shared/model/rich-text';
import { fakeEngine } from './helpers';

function setup() {
  const project = createEmptyProject('nl', new Date('2026-01-01T00:00:00Z'));
  project.deskResearch.sources = [{
    id: 'src-a', type: 'book', authors: [{ family: 'Jansen', given: 'A.' }], year: '2020', title: 'Titel', containerTitle: '',
    editors: [], edition: '', volume: '', issue: '', pages: '', publisher: '', place: '', url: '', doi: '', accessed: '', note: '', citationKey: '',
  }];
  const engine = fakeEngine(project);
  return { ctx: createBuildContext(project, 'nl', engine), engine };
}

const rich: RichText = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [
      { type: 'text', text: 'vet', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' schuin', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' link', marks: [{ type: 'link', href: ' https://example.nl/a ' }] },
      { type: 'citation', id: 'c1', items: [{ sourceId: 'src-a', locator: 'p. 3' }, { sourceId: 'src-gone' }] },
      { type: 'citation', id: 'c2', items: [{ sourceId: 'src-gone' }] },
    ] },
    { type: 'paragraph', content: [] },
    { type: 'orderedList', items: [
      { content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een' }] },
        { type: 'bulletList', items: [{ content: [{ type: 'paragraph', content: [{ type: 'text', text: 'genest' }] }] }] }] },
      { content: [{ type: 'paragraph', content: [{ type: 'text', text: '   ' }] }] },
    ] },
    { type: 'bulletList', items: [] },
  ],
};

describe('rich text → report blocks', () => {
  it('keeps marks, sanitises links and drops empty paragraphs, items and lists', () => {
    const { ctx } = setup();
    const blocks = richTextBlocks(ctx, rich, 'item-1');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'list']);
    const [para, list] = blocks;
    if (para.type !== 'paragraph' || list.type !== 'list') throw new Error('unexpected blocks');
    expect(para.itemId).toBe('item-1');
    expect(para.runs.slice(0, 3)).toEqual([
      { text: 'vet', bold: true },
      { text: ' schuin', italic: true },
      { text: ' link', href: 'https://example.nl/a' },
    ]);
    expect(list.ordered).toBe(true);
    expect(list.items).toHaveLength(1);
    const nested = list.items[0][1];
    expect(nested.type === 'list' && !nested.ordered && nested.items).toHaveLength(1);
  });

  it('cites only existing sources and drops a citation of deleted sources entirely', () => {
    const { ctx, engine } = setup();
    const [para] = richTextBlocks(ctx, rich);
    const citations = para.type === 'paragraph' ? para.runs.filter((run) => run.citation) : [];
    expect(citations).toEqual([{ text: '(cite:src-a p. 3)', citation: true, sourceIds: ['src-a'] }]);
    expect(engine.citeCalls).toEqual([[{ sourceId: 'src-a', locator: 'p. 3' }]]);
    expect(ctx.citedSourceIds()).toEqual(['src-a']);
  });
});
