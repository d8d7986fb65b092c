// Step 7, Marketingmix / Marketing mix: concrete activities per P (product,
// price, place, promotion, and optionally partnership and policy) and per
// level (execution, organisation, municipal policy), each tied to the
// segments it serves and the insights it answers, with its evidence trail.
// Warnings name activities without an insight and segments without activity.

import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityLevel, MarketingP } from '../../../shared/model/marketing-mix';
import { newId } from '../../../shared/model/ids';
import type { StepProps } from '../../components/step-props';
import { RichTextField } from '../../components/rich-text/RichTextField';
import { StepWarning } from '../insights/ItemDisclosure';
import { insightOptions, segmentOptions } from '../insights/link-options';
import { ActivityEditor } from './ActivityEditor';
import { useEvidenceIndex } from './use-evidence-index';
import { MixMatrix } from './MixMatrix';
import { activitiesWithoutInsight, segmentsWithoutActivity, visiblePs } from './mix-warnings';
import { addActivity, optionalPs, removeActivity, setMixIntro, setPEnabled } from './recipes';
import '../../components/forms.css';
import '../insights/step-editors.css';
import { useRevealItem } from '../../search/reveal';

export function MarketingMixStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation(['step-marketing-mix', 'app']);
  const mix = project.marketingMix;
  const { insights, segments } = project.insights;
  const sources = project.deskResearch.sources;
  const language = project.assignment.reportLanguage;
  const [selectedId, setSelectedId] = useState<string | null>(null);
  useRevealItem((id) => {
    if (mix.activities.some((x) => x.id === id)) setSelectedId(id);
  });
  const focusTitle = useRef(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const untitled = t('untitled');

  const evidence = useEvidenceIndex(project, false);
  const segmentOpts = useMemo(() => segmentOptions(segments, untitled), [segments, untitled]);
  const insightOpts = useMemo(
    () => insightOptions(insights, (type) => t(`app:enums.insightType.${type}`), untitled),
    [insights, t, untitled],
  );
  const ps = useMemo(() => visiblePs(mix.enabledPs, mix.activities), [mix.enabledPs, mix.activities]);
  const noInsight = useMemo(() => activitiesWithoutInsight(mix.activities), [mix.activities]);
  const unreached = useMemo(() => segmentsWithoutActivity(segments, mix.activities), [segments, mix.activities]);
  const selected = mix.activities.find((a) => a.id === selectedId) ?? null;

  // A new activity opens with its title field focused, ready to type.
  useEffect(() => {
    if (focusTitle.current && selected) {
      focusTitle.current = false;
      titleRef.current?.focus();
    }
  }, [selected]);

  const add = (p: MarketingP, level: ActivityLevel) => {
    const id = newId();
    focusTitle.current = true;
    setSelectedId(id);
    onChange((project) => addActivity(project, p, level, id), 'mix.add');
  };
  const select = (id: string) => setSelectedId((current) => (current === id ? null : id));

  return (
    <div className="step-form step-marketing-mix-editor">
      <p className="step-intro">{t('intro')}</p>
      <RichTextField
        id="mix-intro"
        label={t('introField')}
        value={mix.intro}
        readOnly={readOnly}
        sources={sources}
        citationLanguage={language}
        onChange={(v) => onChange((p) => setMixIntro(p, v), 'mix.intro')}
      />
      <fieldset className="list-editor">
        <legend className="field-label">{t('optionalPs')}</legend>
        <div className="check-row">
          {optionalPs.map((p) => (
            <label key={p}>
              <input
                type="checkbox"
                checked={mix.enabledPs.includes(p)}
                disabled={readOnly}
                onChange={(event) => onChange((project) => setPEnabled(project, p, event.target.checked), `mix.enabledPs.${p}`)}
              />
              {t(`app:enums.p.${p}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {noInsight.length > 0 || unreached.length > 0 ? (
        <div className="warning-panel" role="group" aria-label={t('warnings.title')}>
          {noInsight.length > 0 ? (
            <StepWarning>
              {t('warnings.activitiesWithoutInsight', { count: noInsight.length })}{' '}
              {noInsight.map((a) => a.title.trim() || untitled).join(', ')}
            </StepWarning>
          ) : null}
          {unreached.length > 0 ? (
            <StepWarning>
              {t('warnings.segmentsWithoutActivity', { count: unreached.length })}{' '}
              {unreached.map((s) => s.name.trim() || untitled).join(', ')}
            </StepWarning>
          ) : null}
        </div>
      ) : null}
      <MixMatrix
        ps={ps}
        enabledPs={mix.enabledPs}
        activities={mix.activities}
        selectedId={selectedId}
        readOnly={readOnly}
        onSelect={select}
        onAdd={add}
      />
      {selected ? (
        <ActivityEditor
          key={selected.id}
          activity={selected}
          readOnly={readOnly}
          onChange={onChange}
          onClose={() => setSelectedId(null)}
          onRemove={(id) => {
            setSelectedId(null);
            onChange((p) => removeActivity(p, id), `mix.remove:${id}`);
          }}
          segmentOptions={segmentOpts}
          insightOptions={insightOpts}
          evidence={evidence}
          sources={sources}
          language={language}
          titleRef={titleRef}
        />
      ) : (
        <p className="muted">{mix.activities.length > 0 ? t('selectHint') : t('emptyHint')}</p>
      )}
    </div>
  );
}
