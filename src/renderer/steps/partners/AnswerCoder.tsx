// One answer of an open interview, where coding happens: the answer text, a
// "Maak citaat" button that turns the selected part into a quote with exact
// offsets, and the answer's quotes, each tagged with themes (QuoteList).
// The answer keeps what is typed to itself and hands it to the project after
// a short pause (use-draft-text.ts), so a keystroke renders only this field;
// its quotes follow the project's text, which their offsets belong to.

import { memo, useEffect, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../shared/model/coding';
import type { Project } from '../../../shared/model/project';
import type { TypedSpan } from '../../state/pending-edits';
import { newId } from '../../../shared/model/ids';
import type { LinkOption } from '../../components/LinkPicker';
import { FieldLabel } from '../../components/FieldLabel';
import { useDraftText } from '../../components/use-draft-text';
import type { AnswerRef } from './coding';
import { addQuoteFromSelection, setAnswer } from './interview-recipes';
import { QuoteList } from './QuoteList';

export interface AnswerCoderProps {
  answer: AnswerRef;
  /** Visible label: "Vraag 3. Wat houdt ouders tegen?". */
  label: string;
  /** Which interview, for screen readers: "R04". */
  srSuffix: string;
  text: string;
  /** The quotes of this answer only. */
  quotes: readonly Quote[];
  themeOptions: readonly LinkOption[];
  readOnly: boolean;
  /** The document's edit; `typed` (when the handed-over keystrokes were typed) keeps undo steps as before. */
  onChange: (recipe: (p: Project) => Project, label: string, typed?: TypedSpan) => void;
}

export const AnswerCoder = memo(function AnswerCoder(props: AnswerCoderProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const { answer, readOnly, onChange } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const [hint, setHint] = useState('');
  const fieldId = `answer-${answer.interviewId}-${answer.questionId || 'none'}`;
  const key = `${answer.interviewId}:${answer.questionId}`;
  const draft = useDraftText(props.text, (text, typed) => onChange((p) => setAnswer(p, answer, text), `partners.answer:${key}`, typed));
  // Every keystroke moves the caret, and the field's selectionchange event then
  // bubbles up to the document. Nothing uses it (quotes read the selection when
  // the button is pressed), yet letting it bubble cost Chromium about 2 ms of
  // main-thread work per keystroke in this form: it stops at the field.
  useEffect(() => {
    const el = area.current;
    if (!el) return;
    const stop = (event: Event) => event.stopPropagation();
    el.addEventListener('selectionchange', stop);
    return () => el.removeEventListener('selectionchange', stop);
  }, []);

  const makeQuote = () => {
    const el = area.current;
    // The selection is in the text as shown; the edit below first hands that text to the project.
    if (!el || el.selectionStart === el.selectionEnd || draft.text.slice(el.selectionStart, el.selectionEnd).trim() === '') {
      setHint(t('coding.selectFirst'));
      return;
    }
    const id = newId();
    const [start, end] = [el.selectionStart, el.selectionEnd];
    setHint('');
    onChange((p) => addQuoteFromSelection(p, answer, start, end, id), `partners.quotes.add:${id}`);
  };

  return (
    <div className="answer-coder">
      <div className="field">
        <FieldLabel htmlFor={fieldId} text={props.label} srSuffix={props.srSuffix} />
        <textarea
          id={fieldId}
          ref={area}
          rows={Math.min(8, Math.max(3, Math.ceil(draft.text.length / 90)))}
          value={draft.text}
          readOnly={readOnly}
          onChange={(event) => draft.change(event.target.value)}
          onBlur={draft.flush}
          onKeyDown={(event) => {
            // A shortcut (save, undo, a step jump) acts on the project: hand it the text first.
            if (event.ctrlKey || event.metaKey || event.altKey) draft.flush();
          }}
        />
      </div>
      {readOnly ? null : (
        <div className="answer-actions">
          <button type="button" onClick={makeQuote}>
            {t('coding.makeQuote')}
            <span className="visually-hidden"> {props.label}</span>
          </button>
          <span role="status" className="muted">{hint}</span>
        </div>
      )}
      <QuoteList quotes={props.quotes} label={props.label} answerText={props.text} themeOptions={props.themeOptions} readOnly={readOnly} onChange={onChange} />
    </div>
  );
});
