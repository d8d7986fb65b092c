// One answer of an open interview, where coding happens: the answer text, a
// "Maak citaat" button that turns the selected part into a quote with exact
// offsets, and the answer's quotes, each tagged with themes (QuoteList).

import { memo, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../shared/model/coding';
import type { Project } from '../../../shared/model/project';
import { newId } from '../../../shared/model/ids';
import type { LinkOption } from '../../components/LinkPicker';
import { FieldLabel } from '../../components/FieldLabel';
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
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}

export const AnswerCoder = memo(function AnswerCoder(props: AnswerCoderProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const { answer, readOnly, onChange } = props;
  const area = useRef<HTMLTextAreaElement>(null);
  const [hint, setHint] = useState('');
  const fieldId = `answer-${answer.interviewId}-${answer.questionId || 'none'}`;
  const key = `${answer.interviewId}:${answer.questionId}`;

  const makeQuote = () => {
    const el = area.current;
    if (!el || el.selectionStart === el.selectionEnd || props.text.slice(el.selectionStart, el.selectionEnd).trim() === '') {
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
          rows={Math.min(8, Math.max(3, Math.ceil(props.text.length / 90)))}
          value={props.text}
          readOnly={readOnly}
          onChange={(event) => onChange((p) => setAnswer(p, answer, event.target.value), `partners.answer:${key}`)}
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
