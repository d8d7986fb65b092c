// The sample's hand-written markup becomes the project's rich text: lists,
// marks, links and citations with stable ids derived from the field's prefix.

import { describe, expect, it } from 'vitest';
import { RichTextSchema, citedSourceIds, richTextToPlain } from '../../src/shared/model/rich-text';
import { md } from '../../scripts/samples/markup';

describe('sample markup', () => {
  it('splits blocks on blank lines and turns "- " and "1. " lines into lists', () => {
    const doc = md('f', 'First line\ncontinues here.\n\n- one\n- two\n\n1. a\n2. b');
    expect(doc.content.map((block) => block.type)).toEqual(['paragraph', 'bulletList', 'orderedList']);
    expect(richTextToPlain(doc)).toBe('First line continues here.\n- one\n- two\n1. a\n2. b');
  });

  it('reads bold, italic and links as marks', () => {
    const doc = md('f', 'A **bold** and *italic* [link](https://example.nl/x).');
    expect(doc.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'A ' },
        { type: 'text', text: 'bold', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' and ' },
        { type: 'text', text: 'italic', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'link', marks: [{ type: 'link', href: 'https://example.nl/x' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('makes one citation per bracket, with locators and ids numbered per field', () => {
    const doc = md('fnd-09', 'Claim [@src-a, pp. 4-5; @src-b]. Again [@src-c].');
    const citations = doc.content[0].type === 'paragraph' ? doc.content[0].content.filter((i) => i.type === 'citation') : [];
    expect(citations).toEqual([
      { type: 'citation', id: 'fnd-09-cit1', items: [{ sourceId: 'src-a', locator: 'pp. 4-5' }, { sourceId: 'src-b' }] },
      { type: 'citation', id: 'fnd-09-cit2', items: [{ sourceId: 'src-c' }] },
    ]);
    expect(citedSourceIds(doc)).toEqual(['src-a', 'src-b', 'src-c']);
    expect(RichTextSchema.parse(doc)).toEqual(doc);
  });
});
