// A labelled rich-text field bound to a RichText value from the project.
//
// Controlled without cursor jumps: typing updates the editor first and then
// the project (onChange). When the value comes back it equals what the editor
// holds, so nothing is reset. Only a value that differs (undo, redo, a file
// reloaded) replaces the editor's content, keeping the caret where it was as
// far as the new text allows.

import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type JSX } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import type { CitationItem, RichText } from '../../../shared/model/rich-text';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import { newId } from '../../../shared/model/ids';
import { FieldLabel } from '../FieldLabel';
import { FieldHelp, helpIdOf } from '../FieldNotes';
import { sameRichText, toEditorJson, toRichText } from './convert';
import { editorExtensions } from './editor-extensions';
import { apaInTextCitation } from './apa-citation';
import { isHistoryKey } from './history-keys';
import type { PickerTrigger } from './citation-node';
import { LinkForm } from './LinkForm';
import { RichTextToolbar } from './RichTextToolbar';
import { SourcePicker } from './SourcePicker';
import './rich-text.css';

export interface RichTextFieldProps {
  label: string;
  value: RichText;
  onChange: (value: RichText) => void;
  readOnly: boolean;
  /** The project's source library, offered by the citation picker. */
  sources: readonly Source[];
  id?: string;
  help?: string;
  /** Language of citation texts ("z.d." or "n.d."): the report's language. */
  citationLanguage?: Language;
  /** Overrides how a citation is shown; by default a short APA in-text form. */
  formatCitation?: (items: CitationItem[]) => string;
}

type Popover = { kind: 'picker'; trigger: PickerTrigger } | { kind: 'link'; href: string; inLink: boolean } | null;

export function RichTextField(props: RichTextFieldProps): JSX.Element {
  const { label, value, readOnly, sources, help } = props;
  const language = props.citationLanguage ?? 'nl';
  const autoId = useId();
  const id = props.id ?? autoId;
  const labelId = `${id}-label`;
  const [popover, setPopover] = useState<Popover>(null);

  const format = useMemo(
    () => props.formatCitation ?? ((items: CitationItem[]) => apaInTextCitation(items, sources, language)),
    [props.formatCitation, sources, language],
  );
  // The editor is created once; these refs let its callbacks see current props.
  const live = useRef({ format, onChange: props.onChange, readOnly, help });
  useLayoutEffect(() => {
    live.current = { format, onChange: props.onChange, readOnly, help };
  });
  const [redraws] = useState(() => new Set<() => void>());

  // Options that must keep their identity between renders: the editor
  // compares them on every render and reconfigures itself when they change.
  const [setup] = useState(() => ({
    content: toEditorJson(value),
    extensions: editorExtensions({
      format: () => live.current.format,
      openPicker: (trigger) => {
        if (live.current.readOnly) return false;
        setPopover({ kind: 'picker', trigger });
        return true;
      },
      redraws,
    }),
    editorProps: {
      attributes: (): Record<string, string> => ({
        id,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(live.current.help ? { 'aria-describedby': helpIdOf(id) } : {}),
        ...(live.current.readOnly ? { 'aria-readonly': 'true' } : {}),
        class: 'rt-content',
        spellcheck: 'true',
      }),
      handleDOMEvents: {
        // ProseMirror swallows Ctrl+Z/Ctrl+Y (preventDefault) even without a
        // history of its own, and the app's shortcut handler and Electron's menu
        // ignore swallowed keys. Claiming the event here keeps ProseMirror out
        // of it, so the key reaches the app's undo/redo untouched.
        keydown: (_view: unknown, event: KeyboardEvent) => isHistoryKey(event),
        // The browser's own undo would rewrite the editable DOM behind the
        // editor's back; Ctrl+Z belongs to the app's history instead.
        beforeinput: (_view: unknown, event: Event) => {
          const type = (event as InputEvent).inputType;
          if (type === 'historyUndo' || type === 'historyRedo') {
            event.preventDefault();
            return true;
          }
          return false;
        },
      },
    },
  }));

  const editor = useEditor({
    ...setup,
    editable: !readOnly,
    injectCSS: false,
    onUpdate: ({ editor: e }) => live.current.onChange(toRichText(e.getJSON())),
  });

  // A value from outside (undo, reload) that differs from the editor's text
  // replaces it. A layout effect, so no keystroke can land between the render
  // of a value and this comparison.
  useLayoutEffect(() => {
    if (editor.isDestroyed) return;
    if (sameRichText(toRichText(editor.getJSON()), value)) return;
    const { from, to } = editor.state.selection;
    editor.commands.setContent(toEditorJson(value), { emitUpdate: false });
    editor.commands.setTextSelection({ from, to });
  }, [editor, value]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    editor.setEditable(!readOnly, false);
    if (readOnly) setPopover(null);
  }, [editor, readOnly]);

  // New sources, renamed authors or another report language: redraw citations.
  useEffect(() => {
    redraws.forEach((redraw) => redraw());
  }, [format, redraws]);

  const closePopover = useCallback(
    (insertBracket: boolean) => {
      setPopover(null);
      const chain = editor.chain().focus();
      if (insertBracket) chain.insertContent({ type: 'text', text: '[' });
      chain.run();
    },
    [editor],
  );

  const insertCitation = (sourceId: string, locator: string) => {
    setPopover(null);
    const item = locator === '' ? { sourceId } : { sourceId, locator };
    editor.chain().focus().insertContent({ type: 'citation', attrs: { id: newId(), items: [item] } }).run();
  };

  const openLink = () => {
    const href = String(editor.getAttributes('link').href ?? '');
    setPopover({ kind: 'link', href, inLink: editor.isActive('link') });
  };

  const applyLink = (href: string) => {
    setPopover(null);
    const { empty } = editor.state.selection;
    if (empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    }
  };

  const removeLink = () => {
    setPopover(null);
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
  };

  return (
    <div className={`field rt-field${readOnly ? ' is-readonly' : ''}`}>
      <FieldLabel id={labelId} text={label} onClick={() => editor.commands.focus()} />
      <FieldHelp id={id} help={help} />
      {readOnly ? null : (
        <RichTextToolbar
          editor={editor}
          fieldLabel={label}
          onLink={openLink}
          onCite={() => setPopover({ kind: 'picker', trigger: 'shortcut' })}
        />
      )}
      <EditorContent editor={editor} className="rt-editor" />
      {popover?.kind === 'picker' ? (
        <SourcePicker
          sources={sources}
          language={language}
          onChoose={insertCitation}
          onCancel={() => closePopover(popover.trigger === 'bracket')}
        />
      ) : null}
      {popover?.kind === 'link' ? (
        <LinkForm
          initialHref={popover.href}
          canRemove={popover.inLink}
          onApply={applyLink}
          onRemove={removeLink}
          onCancel={() => closePopover(false)}
        />
      ) : null}
    </div>
  );
}
