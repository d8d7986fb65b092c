// Step 2, Aanleiding & uitdaging / Context & challenge: why the municipality
// asks for advice, the challenge in terms of behaviour, the research
// questions, what is in and out of scope, the desired result and the approach.
// Narrative fields are rich text and can cite the project's sources.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResearchQuestion } from '../../../shared/model/context';
import { ListEditor } from '../../components/ListEditor';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import type { StepProps } from '../../components/step-props';
import {
  addResearchQuestion,
  moveResearchQuestion,
  removeResearchQuestion,
  setContextText,
  updateResearchQuestion,
  type ContextRichTextField,
} from './recipes';
import '../../components/forms.css';

export function ContextStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('steps');
  const c = project.context;
  const sources = project.deskResearch.sources;
  const language = project.assignment.reportLanguage;

  const richText = (field: ContextRichTextField) => (
    <RichTextField
      id={`context-${field}`}
      label={t(`context.fields.${field}.label`)}
      help={t(`context.fields.${field}.help`)}
      value={c[field]}
      readOnly={readOnly}
      sources={sources}
      citationLanguage={language}
      onChange={(value) => onChange((p) => setContextText(p, field, value), `context.${field}`)}
    />
  );
  const questionLabel = (index: number) => t('context.fields.researchQuestions.item', { n: index + 1 });

  return (
    <div className="step-form step-context">
      <p className="step-intro">{t('context.intro')}</p>
      {richText('background')}
      {richText('challenge')}
      <ListEditor<ResearchQuestion>
        label={t('context.fields.researchQuestions.label')}
        help={t('context.fields.researchQuestions.help')}
        items={c.researchQuestions}
        readOnly={readOnly}
        addLabel={t('context.fields.researchQuestions.add')}
        emptyText={t('context.fields.researchQuestions.empty')}
        itemLabel={(_question, index) => questionLabel(index)}
        onAdd={() => onChange((p) => addResearchQuestion(p), 'context.researchQuestions.add')}
        onRemove={(id) => onChange((p) => removeResearchQuestion(p, id), `context.researchQuestions.remove:${id}`)}
        onMove={(id, direction) =>
          onChange((p) => moveResearchQuestion(p, id, direction), `context.researchQuestions.move:${id}`)
        }
        renderItem={(question, index) => (
          <TextField
            label={questionLabel(index)}
            value={question.text}
            readOnly={readOnly}
            className="field-wide"
            onChange={(value) =>
              onChange((p) => updateResearchQuestion(p, question.id, value), `context.researchQuestions.text:${question.id}`)
            }
          />
        )}
      />
      {richText('scopeIn')}
      {richText('scopeOut')}
      {richText('desiredResult')}
      {richText('approach')}
    </div>
  );
}
