// Rich text from our own schema (model/rich-text.ts) as plain, semantic HTML
// for reading: paragraphs, lists, bold/italic, links and APA-style citations.
// Links go through sanitizeHref and open in the system browser after the
// user confirms (main asks), never inside the app window.

import { createContext, useContext, type MouseEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { sanitizeHref, type Block, type Inline, type RichText } from '../../../shared/model/rich-text';
import type { Source } from '../../../shared/model/desk-research';
import { formatInTextCitation } from '../../components/rich-text/format-citation';
import { api } from '../../bridge/api';
import { isLanguage } from '../../i18n';

/** The project's sources, so citations can show "(Author, year)". */
export const SourcesContext = createContext<readonly Source[]>([]);

function openLink(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  event.preventDefault();
  api.openExternalLink({ url: href }).catch(() => undefined);
}

function renderInline(inline: Inline, key: number, sources: readonly Source[], language: 'nl' | 'en'): ReactNode {
  if (inline.type === 'citation') {
    return (
      <cite key={key} className="citation">
        {formatInTextCitation(inline.items, sources, language)}
      </cite>
    );
  }
  let node: ReactNode = inline.text;
  for (const mark of inline.marks ?? []) {
    if (mark.type === 'bold') node = <strong>{node}</strong>;
    else if (mark.type === 'italic') node = <em>{node}</em>;
    else if (mark.type === 'link') {
      const href = sanitizeHref(mark.href);
      if (href) {
        const target = href;
        node = (
          <a href={target} onClick={(event) => openLink(event, target)} rel="noreferrer">
            {node}
          </a>
        );
      }
    }
  }
  return <span key={key}>{node}</span>;
}

function renderBlock(block: Block, key: number, sources: readonly Source[], language: 'nl' | 'en'): ReactNode {
  if (block.type === 'paragraph') {
    return <p key={key}>{block.content.map((inline, i) => renderInline(inline, i, sources, language))}</p>;
  }
  const items = block.items.map((item, i) => (
    <li key={i}>{item.content.map((child, j) => renderBlock(child, j, sources, language))}</li>
  ));
  return block.type === 'orderedList' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
}

/** Shows a rich-text value; an empty one shows a muted "not filled in" (or nothing with `hideEmpty`). */
export function RichTextView({ doc, hideEmpty = false }: { doc: RichText; hideEmpty?: boolean }) {
  const { t, i18n } = useTranslation('app');
  const sources = useContext(SourcesContext);
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const hasText = doc.content.some((block) => block.type !== 'paragraph' || block.content.length > 0);
  if (!hasText) return hideEmpty ? null : <p className="muted empty">{t('view.empty')}</p>;
  return <div className="rich-text">{doc.content.map((block, i) => renderBlock(block, i, sources, language))}</div>;
}
