// The dialogs of the review and delivery flows: a note for the reviewer, the
// deliverer's name with what delivering removes, and the summary of a merge.

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors';
import { isLanguage } from '../i18n';
import { ModalDialog } from '../shell/ModalDialog';
import type { ReviewFlowDialog, ReviewFlows } from './use-review-flows';

function SendDialog({ flows }: { flows: ReviewFlows }) {
  const { t } = useTranslation('review-flow');
  const [note, setNote] = useState('');
  const id = useId();
  return (
    <ModalDialog
      title={t('send.title')}
      message={
        <>
          <p>{t('send.intro')}</p>
          <div className="field">
            <label className="field-label" htmlFor={id}>{t('send.note')}</label>
            <textarea id={id} rows={3} value={note} onChange={(event) => setNote(event.target.value)} />
          </div>
        </>
      }
      cancelValue="cancel"
      onChoose={(choice) => (choice === 'send' ? flows.confirmSend(note) : flows.dismiss())}
      choices={[
        { value: 'send', label: t('send.confirm'), primary: true },
        { value: 'cancel', label: t('send.cancel') },
      ]}
    />
  );
}

function DeliverDialog({ flows, defaultName }: { flows: ReviewFlows; defaultName: string }) {
  const { t } = useTranslation('review-flow');
  const [name, setName] = useState(defaultName);
  const [missing, setMissing] = useState(false);
  const id = useId();
  const errorId = useId();
  const removed = ['names', 'contact', 'consent', 'notes', 'status'] as const;
  return (
    <ModalDialog
      title={t('deliver.title')}
      message={
        <>
          <p>{t('deliver.intro')}</p>
          <ul>
            {removed.map((key) => <li key={key}>{t(`deliver.removed.${key}`)}</li>)}
          </ul>
          <div className="field">
            <label className="field-label" htmlFor={id}>{t('deliver.name')}</label>
            <input
              id={id}
              type="text"
              value={name}
              aria-invalid={missing || undefined}
              aria-describedby={missing ? errorId : undefined}
              onChange={(event) => {
                setName(event.target.value);
                setMissing(false);
              }}
            />
            {missing && <p id={errorId} className="field-error" role="alert">{t('deliver.nameMissing')}</p>}
          </div>
        </>
      }
      cancelValue="cancel"
      onChoose={(choice) => {
        if (choice !== 'deliver') flows.dismiss();
        else if (name.trim() === '') setMissing(true);
        else flows.confirmDeliver(name.trim());
      }}
      choices={[
        { value: 'deliver', label: t('deliver.confirm'), primary: true },
        { value: 'cancel', label: t('deliver.cancel') },
      ]}
    />
  );
}

function SummaryDialog({ flows, dialog }: { flows: ReviewFlows; dialog: Extract<ReviewFlowDialog, { kind: 'merge-summary' }> }) {
  const { t, i18n } = useTranslation('review-flow');
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const { summary, copies, refused } = dialog;
  const anything = summary !== null && summary.newComments + summary.newReplies + summary.statusChanges + summary.edits > 0;
  return (
    <ModalDialog
      title={t('summary.title')}
      message={
        <div data-testid="merge-summary">
          {summary && (
            <>
              <p>
                {anything
                  ? t('summary.totals', { comments: summary.newComments, replies: summary.newReplies, statuses: summary.statusChanges, edits: summary.edits })
                  : t('summary.nothing')}
              </p>
              <p>{t('summary.fromCopies')}</p>
              <ul>
                {summary.perCopy.map((counts, i) => (
                  <li key={`${copies[i]}-${i}`}>
                    {t('summary.perCopy', {
                      fileName: copies[i] ?? '',
                      comments: counts.newComments,
                      replies: counts.newReplies,
                      statuses: counts.statusChanges,
                      edits: counts.edits,
                    })}
                  </li>
                ))}
              </ul>
              {summary.skippedDeleted > 0 && <p>{t('summary.skippedDeleted', { count: summary.skippedDeleted })}</p>}
              {summary.orphaned > 0 && <p>{t('summary.orphaned', { count: summary.orphaned })}</p>}
            </>
          )}
          {refused.length > 0 && (
            <>
              <p>{t('summary.refused')}</p>
              <ul>
                {refused.map((r, i) => (
                  <li key={`${r.fileName}-${i}`} data-error-code={r.error.code}>
                    {r.fileName}: {errorMessage(r.error.code, language, r.error.params)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {anything && <p className="muted">{t('summary.undo')}</p>}
        </div>
      }
      cancelValue="close"
      onChoose={() => flows.dismiss()}
      choices={[{ value: 'close', label: t('summary.close'), primary: true }]}
    />
  );
}

export function ReviewFlowDialogs({ flows }: { flows: ReviewFlows }) {
  const { dialog } = flows;
  if (!dialog) return null;
  if (dialog.kind === 'send') return <SendDialog flows={flows} />;
  if (dialog.kind === 'deliver') return <DeliverDialog flows={flows} defaultName={dialog.defaultName} />;
  return <SummaryDialog flows={flows} dialog={dialog} />;
}
