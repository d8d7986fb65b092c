// The editor may only produce what RichText can store; anything else would be
// silently flattened on save.

import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { editorExtensions } from '../../../../src/renderer/components/rich-text/editor-extensions';

const extensions = editorExtensions({ format: () => () => '', openPicker: () => false, redraws: new Set() });
const schema = getSchema(extensions);

describe('editor vocabulary', () => {
  it('has exactly the nodes and marks RichText knows', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['bulletList', 'citation', 'doc', 'listItem', 'orderedList', 'paragraph', 'text'].sort(),
    );
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
  });

  it('has citations as inline atoms', () => {
    const citation = schema.nodes.citation;
    expect(citation.isInline).toBe(true);
    expect(citation.isAtom).toBe(true);
  });
});
