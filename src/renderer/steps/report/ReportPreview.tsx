// The headings tree of the report as it would be exported now: title page and
// table of contents when chosen, then the chapters with their paragraphs.

import { useTranslation } from 'react-i18next';
import type { ReportDoc } from '../../../shared/report/doc';
import { countHeadings, reportOutline, type OutlineNode } from './outline';

function OutlineList({ nodes }: { nodes: readonly OutlineNode[] }) {
  return (
    <ol>
      {nodes.map((node) => (
        <li key={node.id} className={`outline-level-${node.level}`}>
          <span className="outline-title">{node.title}</span>
          {node.children.length > 0 && <OutlineList nodes={node.children} />}
        </li>
      ))}
    </ol>
  );
}

export function ReportPreview({ doc }: { doc: ReportDoc }) {
  const { t } = useTranslation('report-step');
  const outline = reportOutline(doc);
  return (
    // Scrolls on its own when long, so it takes focus: keyboard users must be able to scroll it too.
    <div className="report-preview" role="region" aria-label={t('preview.label')} lang={doc.meta.language} tabIndex={0}>
      <p className="report-preview-title">
        <strong>{doc.meta.title}</strong>{' '}
        <span className="muted">— {t('preview.summary', { count: countHeadings(outline) })}</span>
      </p>
      {(doc.titlePage || doc.toc) && (
        <ul className="report-preview-front muted">
          {doc.titlePage && <li>{t('preview.titlePage')}</li>}
          {doc.toc && <li>{t('preview.toc')}</li>}
        </ul>
      )}
      {outline.length === 0 ? <p className="muted">{t('preview.empty')}</p> : <OutlineList nodes={outline} />}
    </div>
  );
}
