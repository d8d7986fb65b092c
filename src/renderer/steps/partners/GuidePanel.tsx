// The interview guide: an introduction read to every respondent, then the
// questions in order, each with a topic and follow-up prompts.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterviewQuestion } from '../../../shared/model/interviews';
import type { Project } from '../../../shared/model/project';
import { newId } from '../../../shared/model/ids';
import type { StepProps } from '../../components/step-props';
import { ListEditor } from '../../components/ListEditor';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { StringListField } from '../insights/StringListField';
import { addQuestion, moveQuestion, removeQuestion, setGuideIntroduction, updateQuestion, type QuestionPatch } from './recipes';

export function GuidePanel({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const { introduction, questions } = project.partners.interviewGuide;
  return (
    <>
      <RichTextField
        id="partners-guide-introduction"
        label={t('guide.introduction')}
        help={t('guide.introductionHelp')}
        value={introduction}
        readOnly={readOnly}
        sources={project.deskResearch.sources}
        citationLanguage={project.assignment.reportLanguage}
        onChange={(value) => onChange((p) => setGuideIntroduction(p, value), 'partners.guide.introduction')}
      />
      <ListEditor<InterviewQuestion>
        label={t('guide.questions', { count: questions.length })}
        help={t('guide.questionsHelp')}
        items={questions}
        readOnly={readOnly}
        addLabel={t('guide.add')}
        emptyText={t('guide.empty')}
        itemLabel={(_q, index) => t('guide.itemName', { n: index + 1 })}
        onAdd={() => onChange((p) => addQuestion(p, newId()), 'partners.guide.add')}
        onRemove={(id) => onChange((p) => removeQuestion(p, id), `partners.guide.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => moveQuestion(p, id, direction), `partners.guide.move:${id}`)}
        renderItem={(q, index) => <QuestionFields question={q} index={index} readOnly={readOnly} onChange={onChange} />}
      />
    </>
  );
}

interface QuestionProps {
  question: InterviewQuestion;
  index: number;
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}

const QuestionFields = memo(function QuestionFields({ question: q, index, readOnly, onChange }: QuestionProps): JSX.Element {
  const { t } = useTranslation('step-partners');
  const name = t('guide.itemName', { n: index + 1 });
  const set = (patch: QuestionPatch, field: string) => onChange((p) => updateQuestion(p, q.id, patch), `partners.guide.${field}:${q.id}`);
  return (
    <div className="question-fields">
      <TextAreaField label={t('guide.text')} srLabelSuffix={name} rows={2} value={q.text} readOnly={readOnly} onChange={(v) => set({ text: v }, 'text')} />
      <TextField label={t('guide.topic')} srLabelSuffix={name} value={q.topic} readOnly={readOnly} onChange={(v) => set({ topic: v }, 'topic')} />
      <StringListField label={t('guide.probes')} help={t('guide.probesHelp')} srLabelSuffix={name} value={q.probes} readOnly={readOnly} onChange={(v) => set({ probes: v }, 'probes')} />
    </div>
  );
});
