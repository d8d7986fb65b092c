// The editor's vocabulary, limited to what our RichText format can hold:
// paragraphs, bullet and numbered lists, bold, italic, links and citations.
// Undo/redo is left out on purpose: Ctrl+Z belongs to the app's history, which
// covers every field of the project, not just the one being typed in.

import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { sanitizeHref } from '../../../shared/model/rich-text';
import { CitationNode, type CitationOptions } from './citation-node';

export function editorExtensions(citation: CitationOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      undoRedo: false,
      heading: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      hardBreak: false,
      link: {
        protocols: ['http', 'https', 'mailto'],
        defaultProtocol: 'https',
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        isAllowedUri: (url) => sanitizeHref(url) !== null,
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    CitationNode.configure(citation),
  ];
}
