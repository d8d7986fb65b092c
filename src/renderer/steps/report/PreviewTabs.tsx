// Two views of the report side by side in the Report step: the live heading
// structure and the real PDF, as tabs (see Tabs). Both stay mounted (the
// inactive one hidden), so switching back to the PDF keeps the pages already
// made.

import { useState, type JSX, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Tabs } from '../../components/Tabs';

type Tab = 'structure' | 'pdf';

export function PreviewTabs({ structure, pdf }: { structure: ReactNode; pdf: ReactNode }): JSX.Element {
  const { t } = useTranslation('report-step');
  const [tab, setTab] = useState<Tab>('structure');
  const tabs: { id: Tab; label: string }[] = [
    { id: 'structure', label: t('pdf.tabStructure') },
    { id: 'pdf', label: t('pdf.tabPdf') },
  ];
  return (
    <Tabs label={t('pdf.tabsLabel')} idPrefix="report-preview" tabs={tabs} selected={tab} onSelect={setTab} className="preview-tabs" keepMounted>
      {(id) => (id === 'structure' ? structure : pdf)}
    </Tabs>
  );
}
