// Choosing and ordering the report's chapters: one row per section with a
// checkbox and "up"/"down" buttons. Plain buttons rather than drag and drop,
// so keyboard and screen-reader users can do everything; after a move the
// focus follows the moved row, so pressing the same button again keeps moving it.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSection, ReportSectionKey } from '../../../shared/model/report-settings';

interface Props {
  sections: readonly ReportSection[];
  readOnly: boolean;
  onToggle: (key: ReportSectionKey, included: boolean) => void;
  onMove: (key: ReportSectionKey, direction: -1 | 1) => void;
}

export function SectionOrder({ sections, readOnly, onToggle, onMove }: Props) {
  const { t } = useTranslation('report-step');
  const { t: tApp } = useTranslation('app');
  const listRef = useRef<HTMLOListElement>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<{ key: ReportSectionKey; direction: -1 | 1 } | null>(null);

  useEffect(() => {
    if (!focusAfterMove || !listRef.current) return;
    const row = listRef.current.querySelector<HTMLElement>(`[data-section="${focusAfterMove.key}"]`);
    const wanted = row?.querySelector<HTMLButtonElement>(focusAfterMove.direction < 0 ? '.move-up' : '.move-down');
    const other = row?.querySelector<HTMLButtonElement>(focusAfterMove.direction < 0 ? '.move-down' : '.move-up');
    // At the top or bottom the pressed button is disabled; the other one keeps focus in the row.
    (wanted && !wanted.disabled ? wanted : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, sections]);

  const move = (key: ReportSectionKey, direction: -1 | 1) => {
    onMove(key, direction);
    setFocusAfterMove({ key, direction });
  };

  return (
    <ol ref={listRef} className="report-sections" aria-label={t('sections.listLabel')}>
      {sections.map((section, index) => {
        const name = tApp(`enums.section.${section.key}`);
        const id = `report-section-${section.key}`;
        return (
          <li key={section.key} data-section={section.key} className={section.included ? 'included' : 'excluded'}>
            <input
              id={id}
              type="checkbox"
              checked={section.included}
              disabled={readOnly}
              aria-label={t('sections.include', { name })}
              onChange={(event) => onToggle(section.key, event.target.checked)}
            />
            <label htmlFor={id} className="report-section-name">
              {name}
            </label>
            <span className="muted report-section-position">
              {t('sections.position', { position: index + 1, total: sections.length })}
            </span>
            <span className="report-section-moves">
              <button
                type="button"
                className="button subtle move-up"
                aria-label={t('sections.moveUp', { name })}
                disabled={readOnly || index === 0}
                onClick={() => move(section.key, -1)}
              >
                <span aria-hidden="true">↑</span>
              </button>
              <button
                type="button"
                className="button subtle move-down"
                aria-label={t('sections.moveDown', { name })}
                disabled={readOnly || index === sections.length - 1}
                onClick={() => move(section.key, 1)}
              >
                <span aria-hidden="true">↓</span>
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
