// The quotes of one answer (or of an interview's quotes that belong to no
// shown answer), each with its themes and a delete button. When the answer
// text is known, a quote whose words are no longer found there is flagged.

import { memo, type JSX } from 'react';
import { useTranslation } from 'react-i18next';
import type { Quote } from '../../../shared/model/coding';
import type { Project } from '../../../shared/model/project';
import { LinkPicker, type LinkOption } from '../../components/LinkPicker';
import { StepWarning } from '../insights/ItemDisclosure';
import { quoteMatches } from './coding';
import { ItemCommentButton } from '../../review/review-context';
import { removeQuote, setQuoteThemes } from './interview-recipes';

export interface QuoteListProps {
  quotes: readonly Quote[];
  /** Names the list and each quote for screen readers, e.g. "Vraag 3. …". */
  label: string;
  /** The answer the quotes were taken from, or null when there is none to check against. */
  answerText: string | null;
  themeOptions: readonly LinkOption[];
  readOnly: boolean;
  onChange: (recipe: (p: Project) => Project, label: string) => void;
}

export const QuoteList = memo(function QuoteList({ quotes, label, answerText, themeOptions, readOnly, onChange }: QuoteListProps): JSX.Element | null {
  const { t } = useTranslation('step-partners');
  if (quotes.length === 0) return null;
  return (
    <ul className="quote-list" aria-label={t('coding.quotesOf', { label })}>
      {quotes.map((quote, index) => {
        const name = t('coding.quoteName', { n: index + 1, label });
        return (
          <li key={quote.id} className="quote-item" data-item-id={quote.id}>
            <blockquote>“{quote.text}”</blockquote>
            <ItemCommentButton itemId={quote.id} itemName={name} />
            {answerText === null || quoteMatches(quote, answerText) ? null : <StepWarning>{t('coding.lost')}</StepWarning>}
            {/* A jump to the quote lands in its themes box (reveal.ts). */}
            <div data-reveal-focus="">
              <LinkPicker
                label={t('coding.themes')}
                srLabelSuffix={name}
                options={themeOptions}
                value={quote.themeIds}
                readOnly={readOnly}
                emptyText={t('coding.noThemes')}
                onChange={(ids) => onChange((p) => setQuoteThemes(p, quote.id, ids), `partners.quote.themes:${quote.id}`)}
              />
            </div>
            {readOnly ? null : (
              <button type="button" className="button-danger" onClick={() => onChange((p) => removeQuote(p, quote.id), `partners.quotes.remove:${quote.id}`)}>
                {t('coding.removeQuote')}
                <span className="visually-hidden"> {name}</span>
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
});
