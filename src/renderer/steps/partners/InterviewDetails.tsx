// The editor of one open interview: its pseudonymous code and facts, the
// personal data (clearly marked: it is removed when the project is delivered),
// consent, one coded answer per guide question, and internal notes.

import { useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Interview, InterviewMode, InterviewQuestion, RespondentGroup } from '../../../shared/model/interviews';
import { interviewModes } from '../../../shared/model/interviews';
import type { Quote } from '../../../shared/model/coding';
import type { Project } from '../../../shared/model/project';
import type { LinkOption } from '../../components/LinkPicker';
import { DateField } from '../../components/DateField';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { AnswerCoder } from './AnswerCoder';
import { QuoteList } from './QuoteList';
import { updateConsent, updateInterview, updateRespondent, type InterviewPatch } from './interview-recipes';

export interface InterviewDetailsProps {
  interview: Interview;
  groups: readonly RespondentGroup[];
  questions: readonly InterviewQuestion[];
  quotes: readonly Quote[];
  themeOptions: readonly LinkOption[];
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}

export function InterviewDetails({ interview: iv, groups, questions, quotes, themeOptions, readOnly, onChange }: InterviewDetailsProps): JSX.Element {
  const { t } = useTranslation(['step-partners', 'app']);
  const id = iv.id;
  const who = iv.code || t('untitled');
  const set = (patch: InterviewPatch, field: string) => onChange((p) => updateInterview(p, id, patch), `partners.interview.${field}:${id}`);
  const setPerson = (patch: Partial<Interview['respondent']>, field: string) =>
    onChange((p) => updateRespondent(p, id, patch), `partners.interview.${field}:${id}`);
  const setConsent = (patch: Partial<Interview['consent']>, field: string) =>
    onChange((p) => updateConsent(p, id, patch), `partners.interview.consent.${field}:${id}`);

  const byQuestion = useMemo(() => {
    const map = new Map<string, Quote[]>();
    for (const q of quotes) map.set(q.questionId, [...(map.get(q.questionId) ?? []), q]);
    return map;
  }, [quotes]);
  // The same answer reference per question across renders, so typing in one answer
  // does not re-render the other (memoised) answers and their quotes.
  const answerRefs = useMemo(
    () => new Map(questions.map((q) => [q.id, { interviewId: id, questionId: q.id }])),
    [id, questions],
  );
  const known = new Set(questions.map((q) => q.id));
  const orphans = iv.answers.filter((a) => !known.has(a.questionId));
  // Quotes typed freely or left behind by a deleted question: shown apart so none gets lost.
  const shownIds = new Set([...known, ...orphans.map((a) => a.questionId)]);
  const looseQuotes = quotes.filter((q) => !shownIds.has(q.questionId));
  const noQuotes: Quote[] = [];
  const groupOptions = [{ value: '', label: t('interview.noGroup') }, ...groups.map((g) => ({ value: g.id, label: g.name || t('untitled') }))];

  return (
    <div className="interview-details">
      <div className="field-row">
        <TextField label={t('interview.code')} help={t('interview.codeHelp')} srLabelSuffix={who} value={iv.code} readOnly={readOnly} onChange={(v) => set({ code: v }, 'code')} />
        <SelectField<string> label={t('interview.group')} srLabelSuffix={who} value={iv.respondentGroupId} options={groupOptions} readOnly={readOnly} onChange={(v) => set({ respondentGroupId: v }, 'group')} />
        <SelectField<InterviewMode>
          label={t('interview.mode')}
          srLabelSuffix={who}
          value={iv.mode}
          readOnly={readOnly}
          options={interviewModes.map((value) => ({ value, label: t(`app:enums.mode.${value}`) }))}
          onChange={(v) => set({ mode: v }, 'mode')}
        />
      </div>
      <div className="field-row">
        <TextField label={t('interview.organisation')} srLabelSuffix={who} value={iv.organisation} readOnly={readOnly} onChange={(v) => set({ organisation: v }, 'organisation')} />
        <DateField label={t('interview.date')} value={iv.date} readOnly={readOnly} onChange={(v) => set({ date: v }, 'date')} />
      </div>

      <fieldset className="personal-data">
        <legend>{t('interview.personalData')}</legend>
        <p className="field-help">{t('interview.personalDataHelp')}</p>
        <div className="field-row">
          <TextField label={t('interview.name')} srLabelSuffix={who} value={iv.respondent.name} readOnly={readOnly} onChange={(v) => setPerson({ name: v }, 'name')} />
          <TextField label={t('interview.email')} srLabelSuffix={who} type="email" value={iv.respondent.email} readOnly={readOnly} onChange={(v) => setPerson({ email: v }, 'email')} />
          <TextField label={t('interview.phone')} srLabelSuffix={who} value={iv.respondent.phone} readOnly={readOnly} onChange={(v) => setPerson({ phone: v }, 'phone')} />
        </div>
        <div className="check-row">
          <label>
            <input type="checkbox" checked={iv.consent.given} disabled={readOnly} onChange={(e) => setConsent({ given: e.target.checked }, 'given')} />
            {t('interview.consentGiven')}
          </label>
        </div>
        <div className="field-row">
          <DateField label={t('interview.consentDate')} value={iv.consent.date} readOnly={readOnly} onChange={(v) => setConsent({ date: v }, 'date')} />
          <TextField label={t('interview.consentNote')} srLabelSuffix={who} value={iv.consent.note} readOnly={readOnly} onChange={(v) => setConsent({ note: v }, 'note')} />
        </div>
        <TextAreaField label={t('interview.notes')} help={t('interview.notesHelp')} srLabelSuffix={who} rows={3} value={iv.notes} readOnly={readOnly} onChange={(v) => set({ notes: v }, 'notes')} />
      </fieldset>

      <h4 className="answers-title">{t('interview.answers')}</h4>
      {questions.length === 0 && orphans.length === 0 ? <p className="muted">{t('interview.noQuestions')}</p> : null}
      {questions.map((q, index) => (
        <AnswerCoder
          key={q.id}
          answer={answerRefs.get(q.id) ?? { interviewId: id, questionId: q.id }}
          label={t('interview.answerLabel', { n: index + 1, text: q.text || t('untitled') })}
          srSuffix={who}
          text={iv.answers.find((a) => a.questionId === q.id)?.text ?? ''}
          quotes={byQuestion.get(q.id) ?? noQuotes}
          themeOptions={themeOptions}
          readOnly={readOnly}
          onChange={onChange}
        />
      ))}
      {orphans.map((a, index) => (
        <AnswerCoder
          key={`orphan-${a.questionId}-${index}`}
          answer={{ interviewId: id, questionId: a.questionId }}
          label={t('interview.orphanLabel', { n: index + 1 })}
          srSuffix={who}
          text={a.text}
          quotes={byQuestion.get(a.questionId) ?? noQuotes}
          themeOptions={themeOptions}
          readOnly={readOnly}
          onChange={onChange}
        />
      ))}
      {looseQuotes.length > 0 ? (
        <>
          <h4 className="answers-title">{t('interview.looseQuotes')}</h4>
          <QuoteList quotes={looseQuotes} label={t('interview.looseQuotes')} answerText={null} themeOptions={themeOptions} readOnly={readOnly} onChange={onChange} />
        </>
      ) : null}
    </div>
  );
}
