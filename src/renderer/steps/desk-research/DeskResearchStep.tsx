// Step 4, Deskresearch / Desk research: the source library (full references,
// import from Zotero exports), the findings that cite those sources with a
// page, topic and strength of evidence, and the theories used. Every list
// collapses its items to one line so an XL project (400 sources, 600
// findings) stays quick; one item opens to edit.

import { useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Theory } from '../../../shared/model/desk-research';
import { newId } from '../../../shared/model/ids';
import { ListEditor } from '../../components/ListEditor';
import type { StepProps } from '../../components/step-props';
import { FindingList } from './FindingList';
import { SourceLibrary } from './SourceLibrary';
import { TheoryItem } from './TheoryItem';
import { addTheory, moveTheory, removeTheory } from './recipes';
import { shortReference } from './source-summary';
import { useOpenItem } from './use-open-item';
import '../../components/forms.css';
import '../insights/step-editors.css';
import './desk-research.css';
import { useRevealItem } from '../../search/reveal';

export function DeskResearchStep({ project, readOnly, onChange }: StepProps): JSX.Element {
  const { t } = useTranslation('step-desk-research');
  const { sources, theories } = project.deskResearch;
  const language = project.assignment.reportLanguage;
  const [open, toggle, setOpen] = useOpenItem();
  useRevealItem((id) => {
    if (theories.some((x) => x.id === id)) setOpen(id);
  });
  const sourceLinks = useMemo(
    () => sources.map((s) => ({ id: s.id, label: shortReference(s, language), hint: s.containerTitle || undefined })),
    [sources, language],
  );

  return (
    <div className="step-form step-desk-research-editor">
      <p className="step-intro">{t('intro')}</p>
      <SourceLibrary project={project} readOnly={readOnly} onChange={onChange} language={language} />
      <FindingList project={project} readOnly={readOnly} onChange={onChange} language={language} />
      <section className="desk-section" aria-labelledby="desk-theories-heading">
        <h3 id="desk-theories-heading">{t('theory.heading')}</h3>
        <ListEditor<Theory>
          label={t('theory.list', { count: theories.length })}
          help={t('theory.listHelp')}
          items={theories}
          readOnly={readOnly}
          addLabel={t('theory.add')}
          emptyText={t('theory.empty')}
          itemLabel={(_x, index) => t('theory.itemName', { n: index + 1 })}
          onAdd={() => {
            const id = newId();
            setOpen(id);
            onChange((p) => addTheory(p, id), 'desk-research.theories.add');
          }}
          onRemove={(id) => onChange((p) => removeTheory(p, id), `desk-research.theories.remove:${id}`)}
          onMove={(id, direction) => onChange((p) => moveTheory(p, id, direction), `desk-research.theories.move:${id}`)}
          renderItem={(theory, index) => (
            <TheoryItem
              theory={theory}
              index={index}
              open={open === theory.id}
              onToggle={toggle}
              readOnly={readOnly}
              onChange={onChange}
              sources={sources}
              sourceLinks={sourceLinks}
              language={language}
            />
          )}
        />
      </section>
    </div>
  );
}
