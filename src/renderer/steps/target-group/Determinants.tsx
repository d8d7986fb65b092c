// Determinants along COM-B: a table counting drivers and barriers per
// component, then one list per component. Adding in a group creates a
// determinant of that component; changing an item's component moves it to
// the other group. Evidence options are prepared once per findings/quotes
// list, and only the opened item renders its pickers.

import { useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import type { Determinant } from '../../../shared/model/target-group';
import { newId } from '../../../shared/model/ids';
import { ListEditor } from '../../components/ListEditor';
import type { StepProps } from '../../components/step-props';
import { groupByComB } from './com-b';
import { DeterminantDetails } from './DeterminantDetails';
import { findingOptions, quoteOptions } from './evidence-options';
import { SummaryToggle } from './SummaryToggle';
import { addDeterminant, moveDeterminantInGroup, removeDeterminant } from './recipes';

export interface DeterminantsProps {
  project: Project;
  readOnly: boolean;
  onChange: StepProps['onChange'];
  expandedId: string | null;
  onExpand: (id: string | null) => void;
}

export function Determinants({ project, readOnly, onChange, expandedId, onExpand }: DeterminantsProps): JSX.Element {
  const { t } = useTranslation('step-target-group');
  const { t: tApp } = useTranslation('app');
  const determinants = project.targetGroup.determinants;
  const groups = useMemo(() => groupByComB(determinants), [determinants]);
  const findings = project.deskResearch.findings;
  const { quotes, interviews } = project.partners;
  const findingList = useMemo(
    () => findingOptions(findings, (topic) => tApp(`enums.topic.${topic}`), t('determinants.untitledFinding')),
    [findings, tApp, t],
  );
  const quoteList = useMemo(() => quoteOptions(quotes, interviews, t('determinants.untitledQuote')), [quotes, interviews, t]);
  const totals = groups.reduce((sum, g) => ({ drivers: sum.drivers + g.drivers, barriers: sum.barriers + g.barriers }), {
    drivers: 0,
    barriers: 0,
  });

  return (
    <section className="determinants" aria-labelledby="determinants-title">
      <h3 id="determinants-title">{t('determinants.title')}</h3>
      <p className="field-help">{t('determinants.help')}</p>
      <table className="data-table comb-overview">
        <caption>{t('determinants.overview')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('determinants.component')}</th>
            <th scope="col">{t('determinants.drivers')}</th>
            <th scope="col">{t('determinants.barriers')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.component}>
              <th scope="row">{t(`comB.${group.component}`)}</th>
              <td>{group.drivers}</td>
              <td>{group.barriers}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('determinants.total')}</th>
            <td>{totals.drivers}</td>
            <td>{totals.barriers}</td>
          </tr>
        </tfoot>
      </table>

      {groups.map((group) => {
        const componentName = t(`comB.${group.component}`);
        const itemName = (index: number) => t('determinants.item', { n: index + 1, component: componentName });
        return (
          <div key={group.component} className="comb-group" data-comb={group.component}>
            <ListEditor<Determinant>
              label={`${componentName} — ${t('determinants.driverCount', { count: group.drivers })} · ${t('determinants.barrierCount', { count: group.barriers })}`}
              help={t(`comBExplain.${group.component}`)}
              items={group.determinants}
              readOnly={readOnly}
              addLabel={t('determinants.add', { component: componentName })}
              emptyText={t('determinants.empty')}
              itemLabel={(_item, index) => itemName(index)}
              onAdd={() => {
                const id = newId();
                onExpand(id);
                onChange((p) => addDeterminant(p, group.component, id), 'targetGroup.determinants.add');
              }}
              onRemove={(id) => onChange((p) => removeDeterminant(p, id), `targetGroup.determinants.remove:${id}`)}
              onMove={(id, direction) =>
                onChange((p) => moveDeterminantInGroup(p, id, direction), `targetGroup.determinants.move:${id}`)
              }
              renderItem={(d, index) => {
                const expanded = expandedId === d.id;
                const name = itemName(index);
                const detailsId = `determinant-${d.id}`;
                const evidence = d.evidence.findingIds.length + d.evidence.quoteIds.length;
                return (
                  <>
                    <SummaryToggle
                      summary={
                        <>
                          <span className={`tag-kind tag-kind-${d.kind}`}>{t(`kind.${d.kind}`)}</span>
                          {d.description.trim() || t('determinants.untitled')}{' '}
                          <span className="summary-muted">
                            ·{' '}
                            {evidence === 0
                              ? t('determinants.noEvidence')
                              : `${t('determinants.findingCount', { count: d.evidence.findingIds.length })}, ${t('determinants.quoteCount', { count: d.evidence.quoteIds.length })}`}
                          </span>
                        </>
                      }
                      expanded={expanded}
                      controls={detailsId}
                      onToggle={() => onExpand(expanded ? null : d.id)}
                      openText={t('determinants.edit')}
                      closeText={t('determinants.close')}
                      openLabel={t('determinants.editLabel', { item: name })}
                      closeLabel={t('determinants.closeLabel', { item: name })}
                    />
                    {expanded ? (
                      <DeterminantDetails
                        determinant={d}
                        name={name}
                        detailsId={detailsId}
                        findingOptions={findingList}
                        quoteOptions={quoteList}
                        readOnly={readOnly}
                        onChange={onChange}
                      />
                    ) : null}
                  </>
                );
              }}
            />
          </div>
        );
      })}
    </section>
  );
}
