// Step 5 read-only, second half: interviews without respondents' names or
// contact details (those are personal data and never needed for reading the
// analysis), the respondent groups, the codebook, and how often each theme was
// coded per respondent group.

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { formatDate } from '../../shell/format';
import { NoneYet, Section, indexById, ScrollRegion } from './parts';

const NO_GROUP = '';

export function InterviewsView({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('app');
  const { interviews, respondentGroups, themes, quotes } = project.partners;
  const groupsById = indexById(respondentGroups);

  // One pass over the quotes: theme → group → count. Cheap even for thousands.
  const { perThemeGroup, perTheme, groupColumns } = useMemo(() => {
    const groupOfInterview = new Map(interviews.map((iv) => [iv.id, iv.respondentGroupId]));
    const table = new Map<string, Map<string, number>>();
    const totals = new Map<string, number>();
    const usedGroups = new Set<string>();
    for (const quote of quotes) {
      const group = groupOfInterview.get(quote.interviewId) ?? NO_GROUP;
      const key = groupsById.has(group) ? group : NO_GROUP;
      usedGroups.add(key);
      for (const themeId of quote.themeIds) {
        const row = table.get(themeId) ?? new Map<string, number>();
        row.set(key, (row.get(key) ?? 0) + 1);
        table.set(themeId, row);
        totals.set(themeId, (totals.get(themeId) ?? 0) + 1);
      }
    }
    const columns = [...respondentGroups.map((g) => g.id), ...(usedGroups.has(NO_GROUP) ? [NO_GROUP] : [])];
    return { perThemeGroup: table, perTheme: totals, groupColumns: columns };
  }, [interviews, quotes, respondentGroups, groupsById]);

  const interviewsPerGroup = new Map<string, number>();
  for (const iv of interviews) interviewsPerGroup.set(iv.respondentGroupId, (interviewsPerGroup.get(iv.respondentGroupId) ?? 0) + 1);
  const groupName = (id: string) => groupsById.get(id)?.name ?? t('view.partners.noGroup');

  return (
    <>
      <Section title={t('view.partners.respondentGroups')} count={respondentGroups.length}>
        {respondentGroups.length === 0 ? (
          <NoneYet />
        ) : (
          <ul className="item-list inline-list">
            {respondentGroups.map((g) => (
              <li key={g.id}>
                <strong>{g.name}</strong> <span className="muted">{t('view.partners.interviewCount', { count: interviewsPerGroup.get(g.id) ?? 0 })}</span>
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('view.partners.interviews')} count={interviews.length}>
        <p className="muted">{t('view.partners.interviewsNote')}</p>
        {interviews.length === 0 ? (
          <NoneYet />
        ) : (
          <ScrollRegion label={t('view.partners.interviews')} tall>
            <table className="data-table compact">
              <thead>
                <tr>
                  <th scope="col">{t('view.partners.code')}</th>
                  <th scope="col">{t('view.partners.group')}</th>
                  <th scope="col">{t('view.partners.organisation')}</th>
                  <th scope="col">{t('view.partners.date')}</th>
                  <th scope="col">{t('view.partners.mode')}</th>
                  <th scope="col">{t('view.partners.consent')}</th>
                  <th scope="col" className="num">{t('view.partners.answers')}</th>
                </tr>
              </thead>
              <tbody>
                {interviews.map((iv) => (
                  <tr key={iv.id}>
                    <td>{iv.code}</td>
                    <td>{groupName(iv.respondentGroupId)}</td>
                    <td>{iv.organisation}</td>
                    <td>{formatDate(iv.date, i18n.language)}</td>
                    <td>{t(`enums.mode.${iv.mode}`)}</td>
                    <td>{iv.consent.given ? t('view.yes') : t('view.no')}</td>
                    <td className="num">{iv.answers.filter((a) => a.text.trim() !== '').length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Section>

      <Section title={t('view.partners.codebook')} count={themes.length}>
        {themes.length === 0 ? (
          <NoneYet />
        ) : (
          <ScrollRegion label={t('view.partners.codebook')}>
            <table className="data-table">
              <caption>{t('view.partners.themeByGroup')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('view.partners.theme')}</th>
                  <th scope="col">{t('view.partners.themeGroup')}</th>
                  {groupColumns.map((g) => (
                    <th key={g || 'none'} scope="col" className="num">
                      {groupName(g)}
                    </th>
                  ))}
                  <th scope="col" className="num">{t('view.partners.quoteCount')}</th>
                </tr>
              </thead>
              <tbody>
                {themes.map((theme) => (
                  <tr key={theme.id}>
                    <th scope="row">
                      {theme.color && <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />}
                      {theme.name}
                      {theme.description && <div className="muted">{theme.description}</div>}
                    </th>
                    <td>{t(`enums.themeGroup.${theme.group}`)}</td>
                    {groupColumns.map((g) => (
                      <td key={g || 'none'} className="num">
                        {perThemeGroup.get(theme.id)?.get(g) ?? 0}
                      </td>
                    ))}
                    <td className="num">{perTheme.get(theme.id) ?? 0}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        )}
      </Section>
    </>
  );
}
