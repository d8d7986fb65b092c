// All interviews at a glance on the overview tab: code, group, organisation,
// date, mode, consent and how far each is worked out. Never names or contact
// details. A code is a button that opens that interview on the interviews tab
// (its text is just the code, so the cell still reads as the code).

import { memo, useMemo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partners } from '../../../shared/model/partners';
import { formatDate } from '../../shell/format';
import { ScrollRegion } from '../../components/panels';

export interface InterviewTableProps {
  partners: Partners;
  language: string;
  onOpen: (interviewId: string) => void;
}

export const InterviewTable = memo(function InterviewTable({ partners, language, onOpen }: InterviewTableProps): JSX.Element {
  const { t } = useTranslation(['step-partners', 'app']);
  const { interviews, respondentGroups, quotes } = partners;
  const groupNames = useMemo(() => new Map(respondentGroups.map((g) => [g.id, g.name])), [respondentGroups]);
  const quoteCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const q of quotes) counts.set(q.interviewId, (counts.get(q.interviewId) ?? 0) + 1);
    return counts;
  }, [quotes]);

  if (interviews.length === 0) return <p className="list-editor-empty">{t('interview.empty')}</p>;
  return (
    <ScrollRegion label={t('table.caption')} tall>
      <table className="data-table compact">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('interview.code')}</th>
            <th scope="col">{t('interview.group')}</th>
            <th scope="col">{t('interview.organisation')}</th>
            <th scope="col">{t('interview.date')}</th>
            <th scope="col">{t('interview.mode')}</th>
            <th scope="col">{t('table.consent')}</th>
            <th scope="col" className="num">{t('table.answers')}</th>
            <th scope="col" className="num">{t('table.quotes')}</th>
          </tr>
        </thead>
        <tbody>
          {interviews.map((iv) => (
            <tr key={iv.id}>
              <td>
                <button type="button" className="link-button" onClick={() => onOpen(iv.id)}>
                  {iv.code || t('untitled')}
                </button>
              </td>
              <td>{groupNames.get(iv.respondentGroupId) || t('interview.noGroup')}</td>
              <td>{iv.organisation}</td>
              <td>{formatDate(iv.date, language)}</td>
              <td>{t(`app:enums.mode.${iv.mode}`)}</td>
              <td>{iv.consent.given ? t('table.yes') : t('table.no')}</td>
              <td className="num">{iv.answers.filter((a) => a.text.trim() !== '').length}</td>
              <td className="num">{quoteCounts.get(iv.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
});
