// The formatting buttons above a rich-text field. Buttons keep the editor's
// selection (mousedown does not take focus) and report their state with
// aria-pressed, so a screen-reader user hears whether bold is on.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, type Editor } from '@tiptap/react';

export interface RichTextToolbarProps {
  editor: Editor;
  fieldLabel: string;
  onLink: () => void;
  onCite: () => void;
}

interface ButtonSpec {
  key: string;
  text: string;
  label: string;
  pressed?: boolean;
  run: () => void;
  className?: string;
}

export function RichTextToolbar({ editor, fieldLabel, onLink, onCite }: RichTextToolbarProps): JSX.Element {
  const { t } = useTranslation('steps');
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
    }),
  });
  const buttons: ButtonSpec[] = [
    { key: 'bold', text: 'B', className: 'rt-bold', label: t('components.richText.bold'), pressed: state.bold,
      run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', text: 'I', className: 'rt-italic', label: t('components.richText.italic'), pressed: state.italic,
      run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'bulletList', text: '•', label: t('components.richText.bulletList'), pressed: state.bulletList,
      run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', text: '1.', label: t('components.richText.orderedList'), pressed: state.orderedList,
      run: () => editor.chain().focus().toggleOrderedList().run() },
    { key: 'link', text: t('components.richText.link'), label: t('components.richText.link'), pressed: state.link, run: onLink },
    { key: 'cite', text: t('components.richText.citeShort'), label: t('components.richText.cite'), run: onCite },
  ];
  return (
    <div className="rt-toolbar" role="toolbar" aria-label={t('components.richText.toolbar', { field: fieldLabel })}>
      {buttons.map((button) => (
        <button
          key={button.key}
          type="button"
          className={button.className}
          title={button.label}
          aria-pressed={button.pressed}
          onMouseDown={(event) => event.preventDefault()}
          onClick={button.run}
        >
          {/* The glyph is for the eye; the name comes from the hidden label, so the
              accessible name never contradicts what is shown (WCAG 2.5.3). */}
          <span aria-hidden="true">{button.text}</span>
          <span className="visually-hidden">{button.label}</span>
        </button>
      ))}
    </div>
  );
}
