// The marketing-mix matrix: one row per P, one column per level, each cell a
// list of activity cards and a button to add an activity there. A card is a
// toggle button that opens the activity's editor below the matrix.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityLevel, MarketingP } from '../../../shared/model/marketing-mix';
import { activityLevels } from '../../../shared/model/marketing-mix';
import '../insights/step-editors.css';

export interface MixMatrixProps {
  ps: readonly MarketingP[];
  enabledPs: readonly MarketingP[];
  activities: readonly Activity[];
  selectedId: string | null;
  readOnly: boolean;
  onSelect: (id: string) => void;
  onAdd: (p: MarketingP, level: ActivityLevel) => void;
}

export const MixMatrix = memo(function MixMatrix(props: MixMatrixProps): JSX.Element {
  const { t } = useTranslation(['step-marketing-mix', 'app']);
  const cells = new Map<string, Activity[]>();
  for (const activity of props.activities) {
    const key = `${activity.p}|${activity.level}`;
    const list = cells.get(key);
    if (list) list.push(activity);
    else cells.set(key, [activity]);
  }
  return (
    <table className="mix-matrix">
      <caption>{t('matrix.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('matrix.pHeader')}</th>
          {activityLevels.map((level) => (
            <th key={level} scope="col">
              {t(`app:enums.level.${level}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.ps.map((p) => {
          const pName = t(`app:enums.p.${p}`);
          return (
            <tr key={p}>
              <th scope="row">
                {pName}
                {props.enabledPs.includes(p) ? null : <span className="mix-off-note">{t('matrix.switchedOff')}</span>}
              </th>
              {activityLevels.map((level) => {
                const list = cells.get(`${p}|${level}`) ?? [];
                const cellName = t('matrix.cellName', { p: pName, level: t(`app:enums.level.${level}`) });
                return (
                  <td key={level}>
                    {list.length > 0 ? (
                      <ul className="mix-cell-list" aria-label={cellName}>
                        {list.map((activity) => (
                          <li key={activity.id}>
                            <button
                              type="button"
                              className="mix-card"
                              aria-pressed={props.selectedId === activity.id}
                              onClick={() => props.onSelect(activity.id)}
                            >
                              {activity.title.trim() || t('untitled')}
                              <span className="mix-card-meta">
                                {t(`app:enums.priority.${activity.priority}`)}
                                {activity.owner ? ` · ${activity.owner}` : ''}
                              </span>
                              {activity.insightIds.length === 0 ? (
                                <span className="mix-card-warning">
                                  <span aria-hidden="true">⚠ </span>
                                  {t('warnings.cardNoInsight')}
                                </span>
                              ) : null}
                            </button>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    {props.readOnly ? null : (
                      <button
                        type="button"
                        className="mix-add"
                        aria-label={t('matrix.addIn', { cell: cellName })}
                        onClick={() => props.onAdd(p, level)}
                      >
                        + {t('matrix.add')}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
});
