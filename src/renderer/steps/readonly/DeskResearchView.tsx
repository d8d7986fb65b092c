// Step 4 read-only: the source library as a table, the findings with their
// topic, strength and citations, and the theories used. Rows render plainly so
// a library of several hundred sources stays quick.

import { useTranslation } from 'react-i18next';
import type { Project } from '../../../shared/model/project';
import { authorPart, formatInTextCitation } from '../../components/rich-text/format-citation';
import { isLanguage } from '../../i18n';
import { RichTextView } from './RichTextView';
import { NoneYet, Section, indexById, joinWords, titlesOf, ScrollRegion } from './parts';

export function DeskResearchView({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('app');
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const { sources, findings, theories } = project.deskResearch;
  const sourcesById = indexById(sources);
  const noDate = language === 'nl' ? 'z.d.' : 'n.d.';

  return (
    <>
      <Section title={t('view.desk.findings')} count={findings.length}>
        {findings.length === 0 ? (
          <NoneYet />
        ) : (
          <ul className="item-list cards">
            {findings.map((f) => (
              <li key={f.id}>
                <p className="item-meta">
                  <span className="tag">{t(`enums.topic.${f.topic}`)}</span>{' '}
                  <span className={`tag tag-strength-${f.strength}`}>
                    {t('view.desk.strength')}: {t(`enums.strength.${f.strength}`)}
                  </span>
                  {f.tags.length > 0 && <span className="muted"> · {joinWords(f.tags)}</span>}
                </p>
                <RichTextView doc={f.text} />
                {f.citations.length > 0 && (
                  <p className="muted">
                    {t('view.desk.citations')}: {formatInTextCitation(f.citations, sources, language)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('view.desk.theories')} count={theories.length}>
        {theories.length === 0 ? (
          <NoneYet />
        ) : (
          <ul className="item-list">
            {theories.map((theory) => (
              <li key={theory.id}>
                <h4>{theory.name}</h4>
                <RichTextView doc={theory.description} hideEmpty />
                {theory.sourceIds.length > 0 && (
                  <p className="muted">
                    {t('view.desk.sourcesUsed')}:{' '}
                    {titlesOf(theory.sourceIds, sourcesById, (s) => `${authorPart(s, language)} (${s.year || noDate})`)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section title={t('view.desk.sources')} count={sources.length}>
        {sources.length === 0 ? (
          <NoneYet />
        ) : (
          <ScrollRegion label={t('view.desk.sources')}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('view.desk.author')}</th>
                  <th scope="col">{t('view.desk.title')}</th>
                  <th scope="col">{t('view.desk.type')}</th>
                  <th scope="col">{t('view.desk.container')}</th>
                  <th scope="col">{t('view.desk.link')}</th>
                </tr>
              </thead>
              <tbody>
                {sources.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {authorPart(s, language)} ({s.year || noDate})
                    </td>
                    <td>{s.title}</td>
                    <td>{t(`enums.sourceType.${s.type}`)}</td>
                    <td>{joinWords([s.containerTitle, s.publisher])}</td>
                    <td className="break">{s.doi ? `https://doi.org/${s.doi.replace(/^https?:\/\/doi\.org\//, '')}` : s.url}</td>
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
