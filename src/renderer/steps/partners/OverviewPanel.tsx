// The theme × respondent-group overview: how many quotes carry each theme in
// each group. A count is a button that lists the quotes behind it below the
// table, with the pseudonymous interview code — never a respondent's name.

import { useMemo, useState, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { InterviewTable } from './InterviewTable';
import { cellCount, countThemeGroups, noGroup, quotesInCell } from './coding';

interface Cell {
  themeId: string;
  groupId: string;
}

export interface OverviewPanelProps {
  project: Project;
  /** Opens one interview on the interviews tab. */
  onOpenInterview: (interviewId: string) => void;
}

export function OverviewPanel({ project, onOpenInterview }: OverviewPanelProps): JSX.Element {
  const { t, i18n } = useTranslation(['step-partners', 'app']);
  const { partners } = project;
  const { themes, respondentGroups, interviews, interviewGuide } = partners;
  const counts = useMemo(() => countThemeGroups(partners), [partners]);
  const [cell, setCell] = useState<Cell | null>(null);

  const groupName = (id: string) =>
    id === noGroup ? t('overview.noGroup') : respondentGroups.find((g) => g.id === id)?.name || t('untitled');
  const themeName = (id: string) => themes.find((th) => th.id === id)?.name || t('untitled');
  const codes = useMemo(() => new Map(interviews.map((iv) => [iv.id, iv.code])), [interviews]);
  const questionNumbers = useMemo(() => new Map(interviewGuide.questions.map((q, i) => [q.id, i + 1])), [interviewGuide.questions]);
  const listed = cell ? quotesInCell(partners, cell.themeId, cell.groupId) : [];

  const interviewTable = (
    <section aria-labelledby="overview-interviews-title">
      <h3 id="overview-interviews-title">{t('interview.list', { count: interviews.length })}</h3>
      <InterviewTable partners={partners} language={i18n.language} onOpen={onOpenInterview} />
    </section>
  );
  if (themes.length === 0) {
    return (
      <>
        <p className="list-editor-empty">{t('overview.noThemes')}</p>
        {interviewTable}
      </>
    );
  }

  return (
    <>
      <p className="field-help">{t('overview.help')}</p>
      <div className="overview-scroll" role="region" aria-label={t('overview.caption')} tabIndex={0}>
        <table className="data-table compact overview-table">
          <caption>{t('overview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('overview.theme')}</th>
              {counts.columns.map((g) => (
                <th key={g || 'none'} scope="col" className="num">{groupName(g)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((theme) => (
              <tr key={theme.id}>
                <th scope="row">
                  {theme.color ? <span className="swatch" style={{ background: theme.color }} aria-hidden="true" /> : null}
                  {theme.name || t('untitled')} <span className="muted">({t(`app:enums.themeGroup.${theme.group}`)})</span>
                </th>
                {counts.columns.map((g) => {
                  const n = cellCount(counts, theme.id, g);
                  const chosen = cell?.themeId === theme.id && cell.groupId === g;
                  return (
                    <td key={g || 'none'} className="num">
                      {n === 0 ? (
                        <span className="muted">0</span>
                      ) : (
                        <button
                          type="button"
                          className="count-button"
                          aria-pressed={chosen}
                          aria-label={t('overview.cellLabel', { count: n, theme: theme.name || t('untitled'), group: groupName(g) })}
                          onClick={() => setCell(chosen ? null : { themeId: theme.id, groupId: g })}
                        >
                          {n}
                        </button>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {cell ? (
        <section className="cell-quotes" aria-labelledby="cell-quotes-title" aria-live="polite">
          <h3 id="cell-quotes-title">{t('overview.quotesTitle', { theme: themeName(cell.themeId), group: groupName(cell.groupId) })}</h3>
          {listed.length === 0 ? (
            <p className="muted">{t('overview.none')}</p>
          ) : (
            <ul className="quote-list">
              {listed.map((q) => (
                <li key={q.id} className="quote-item">
                  <blockquote>“{q.text}”</blockquote>
                  <p className="muted">
                    {codes.get(q.interviewId) || t('untitled')}
                    {questionNumbers.has(q.questionId) ? ` · ${t('overview.question', { n: questionNumbers.get(q.questionId) })}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {interviewTable}
    </>
  );
}
