// The pilot ("proeftuin") plan: name, location, description and its phases
// with dates, followed by the timeline. A phase that ends before it starts
// is marked on its end date, as an error the user can see and hear.

import type { JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pilot, PilotPhase } from '../../../shared/model/monitoring';
import type { Source } from '../../../shared/model/desk-research';
import type { Language } from '../../../shared/language';
import { DateField } from '../../components/DateField';
import { ListEditor } from '../../components/ListEditor';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RichTextField } from '../../components/rich-text/RichTextField';
import type { StepProps } from '../../components/step-props';
import { PilotTimeline } from './PilotTimeline';
import { addPhase, movePhase, removePhase, updatePhase, updatePilot } from './recipes';
import { endsBeforeStart } from './timeline';

export interface PilotEditorProps {
  pilot: Pilot;
  sources: readonly Source[];
  language: Language;
  readOnly: boolean;
  onChange: StepProps['onChange'];
}

export function PilotEditor({ pilot, sources, language, readOnly, onChange }: PilotEditorProps): JSX.Element {
  const { t } = useTranslation('step-monitoring');
  const phaseName = (index: number) => t('pilot.phase', { n: index + 1 });
  const setPhase = (phase: PilotPhase, field: 'title' | 'start' | 'end' | 'description') => (value: string) =>
    onChange((p) => updatePhase(p, phase.id, { [field]: value }), `monitoring.pilot.phase.${field}:${phase.id}`);

  return (
    <section className="pilot-editor" aria-labelledby="pilot-title">
      <h3 id="pilot-title">{t('pilot.title')}</h3>
      <p className="field-help">{t('pilot.help')}</p>
      <div className="field-row">
        <TextField
          label={t('pilot.name')}
          value={pilot.name}
          readOnly={readOnly}
          onChange={(name) => onChange((p) => updatePilot(p, { name }), 'monitoring.pilot.name')}
        />
        <TextField
          label={t('pilot.location')}
          value={pilot.location}
          readOnly={readOnly}
          onChange={(location) => onChange((p) => updatePilot(p, { location }), 'monitoring.pilot.location')}
        />
      </div>
      <RichTextField
        id="monitoring-pilot-description"
        label={t('pilot.description')}
        value={pilot.description}
        readOnly={readOnly}
        sources={sources}
        citationLanguage={language}
        onChange={(description) => onChange((p) => updatePilot(p, { description }), 'monitoring.pilot.description')}
      />
      <ListEditor<PilotPhase>
        label={t('pilot.phases')}
        items={pilot.phases}
        readOnly={readOnly}
        addLabel={t('pilot.addPhase')}
        emptyText={t('pilot.noPhases')}
        itemLabel={(_phase, index) => phaseName(index)}
        onAdd={() => onChange((p) => addPhase(p), 'monitoring.pilot.phases.add')}
        onRemove={(id) => onChange((p) => removePhase(p, id), `monitoring.pilot.phases.remove:${id}`)}
        onMove={(id, direction) => onChange((p) => movePhase(p, id, direction), `monitoring.pilot.phases.move:${id}`)}
        renderItem={(phase, index) => {
          const name = phaseName(index);
          const invalid = endsBeforeStart(phase);
          return (
            <div className="phase-fields">
              <TextField label={t('pilot.phaseTitle')} srLabelSuffix={name} value={phase.title} readOnly={readOnly} onChange={setPhase(phase, 'title')} />
              <DateField label={`${t('pilot.start')} ${name.toLocaleLowerCase()}`} value={phase.start} readOnly={readOnly} onChange={setPhase(phase, 'start')} />
              <DateField
                label={`${t('pilot.end')} ${name.toLocaleLowerCase()}`}
                value={phase.end}
                readOnly={readOnly}
                error={invalid ? t('pilot.endsBeforeStart') : null}
                onChange={setPhase(phase, 'end')}
              />
              <TextAreaField
                label={t('pilot.phaseDescription')}
                srLabelSuffix={name}
                rows={2}
                value={phase.description}
                readOnly={readOnly}
                onChange={setPhase(phase, 'description')}
              />
            </div>
          );
        }}
      />
      <PilotTimeline phases={pilot.phases} />
    </section>
  );
}
