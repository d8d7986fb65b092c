// The editor node for an in-text citation: an inline atom holding which
// sources are cited (ids, with an optional page locator) and shown as
// "(De Winter, 2008)". It stores ids, never the formatted text, so renaming a
// source or switching the report language changes every citation at once.
//
// The formatted text depends on the source library, which lives outside the
// editor. Each rendered citation registers a redraw callback in `redraws`;
// the field calls them when the library or language changes.

import { Node, mergeAttributes } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { CitationItem } from '../../../shared/model/rich-text';

export type PickerTrigger = 'bracket' | 'shortcut';

export interface CitationOptions {
  /** Formats a citation's items; read at render time so it may change. */
  format: () => (items: CitationItem[]) => string;
  /** Opens the source picker; returns false when it cannot (e.g. read-only). */
  openPicker: (trigger: PickerTrigger) => boolean;
  redraws: Set<() => void>;
}

function itemsFrom(value: unknown): CitationItem[] {
  return Array.isArray(value) ? (value as CitationItem[]) : [];
}

function parseItems(raw: string | null): CitationItem[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (item): item is CitationItem =>
        typeof item === 'object' && item !== null && typeof (item as CitationItem).sourceId === 'string',
    );
  } catch {
    return [];
  }
}

export const CitationNode = Node.create<CitationOptions>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addOptions() {
    return { format: () => () => '', openPicker: () => false, redraws: new Set() };
  },

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-id'),
        renderHTML: (attributes) => ({ 'data-id': attributes.id }),
      },
      items: {
        default: [],
        parseHTML: (element) => parseItems(element.getAttribute('data-items')),
        renderHTML: (attributes) => ({ 'data-items': JSON.stringify(itemsFrom(attributes.items)) }),
      },
    };
  },

  // Copy and paste inside the app keep the citation; elsewhere it pastes as text.
  parseHTML() {
    return [{ tag: 'span[data-citation]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const text = this.options.format()(itemsFrom(node.attrs.items));
    return ['span', mergeAttributes(HTMLAttributes, { 'data-citation': '', class: 'rt-citation' }), text];
  },

  renderText({ node }) {
    return this.options.format()(itemsFrom(node.attrs.items));
  },

  addNodeView() {
    const { format, redraws } = this.options;
    return ({ node: initial }) => {
      let node = initial;
      const dom = document.createElement('span');
      dom.className = 'rt-citation';
      dom.setAttribute('data-citation', '');
      dom.contentEditable = 'false';
      const draw = () => {
        dom.textContent = format()(itemsFrom(node.attrs.items));
      };
      draw();
      redraws.add(draw);
      return {
        dom,
        update(next) {
          if (next.type !== node.type) return false;
          node = next;
          draw();
          return true;
        },
        destroy() {
          redraws.delete(draw);
        },
      };
    };
  },

  addKeyboardShortcuts() {
    return { 'Mod-Shift-c': () => this.options.openPicker('shortcut') };
  },

  // Typing "[" opens the picker instead of inserting the bracket (the picker
  // puts it back when dismissed, so a literal "[" stays possible).
  addProseMirrorPlugins() {
    const openPicker = this.options.openPicker;
    return [
      new Plugin({
        key: new PluginKey('citation-trigger'),
        props: {
          handleTextInput: (view, _from, _to, text) => view.editable && text === '[' && openPicker('bracket'),
        },
      }),
    ];
  },
});
