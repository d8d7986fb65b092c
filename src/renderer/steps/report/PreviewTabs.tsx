// Two views of the report side by side in the Report step: the live heading
// structure and the real PDF. Both stay mounted (the inactive one hidden), so
// switching back to the PDF keeps the pages already made. WAI-ARIA tabs
// pattern: arrow keys, Home and End move between the tabs.

import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const tabs = ['structure', 'pdf'] as const;
type Tab = (typeof tabs)[number];

export function PreviewTabs({ structure, pdf }: { structure: ReactNode; pdf: ReactNode }) {
  const { t } = useTranslation('report-step');
  const [tab, setTab] = useState<Tab>('structure');
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const labels: Record<Tab, string> = { structure: t('pdf.tabStructure'), pdf: t('pdf.tabPdf') };

  const onKeyDown = (event: KeyboardEvent) => {
    const at = tabs.indexOf(tab);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (at - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : -1;
    if (to === -1) return;
    event.preventDefault();
    setTab(tabs[to]);
    refs.current.get(tabs[to])?.focus();
  };

  return (
    <>
      <div role="tablist" aria-label={t('pdf.tabsLabel')} className="preview-tabs" onKeyDown={onKeyDown}>
        {tabs.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`report-preview-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`report-preview-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            ref={(el) => {
              if (el) refs.current.set(id, el);
              else refs.current.delete(id);
            }}
            onClick={() => setTab(id)}
          >
            {labels[id]}
          </button>
        ))}
      </div>
      {tabs.map((id) => (
        <div key={id} role="tabpanel" id={`report-preview-panel-${id}`} aria-labelledby={`report-preview-tab-${id}`} hidden={tab !== id}>
          {id === 'structure' ? structure : pdf}
        </div>
      ))}
    </>
  );
}
