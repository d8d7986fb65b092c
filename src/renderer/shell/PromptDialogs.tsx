// The two questions the shell asks about files: what to do with unsaved
// changes, and what to do when the file was changed outside Drijfveer.

import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/errors';
import { isLanguage } from '../i18n';
import { ModalDialog } from './ModalDialog';
import type { PendingPrompt } from './use-prompt';

export function PromptDialogs({ pending }: { pending: PendingPrompt | null }) {
  const { t, i18n } = useTranslation('app');
  if (!pending) return null;
  const language = isLanguage(i18n.language) ? i18n.language : 'nl';

  if (pending.kind === 'external-change') {
    return (
      <ModalDialog
        title={t('dialogs.externalChange.title')}
        message={<p>{errorMessage('FILE_CHANGED_ON_DISK', language, pending.fileName ? { fileName: pending.fileName } : {})}</p>}
        cancelValue="cancel"
        onChoose={pending.answer}
        choices={[
          { value: 'overwrite', label: t('dialogs.externalChange.overwrite') },
          { value: 'save-as', label: t('dialogs.externalChange.saveAs'), primary: true },
          { value: 'cancel', label: t('dialogs.cancel') },
        ]}
      />
    );
  }
  return (
    <ModalDialog
      title={t('dialogs.unsaved.title')}
      message={<p>{t('dialogs.unsaved.message', { title: pending.title })}</p>}
      cancelValue="cancel"
      onChoose={pending.answer}
      choices={[
        { value: 'save', label: t('dialogs.unsaved.save'), primary: true },
        { value: 'discard', label: t('dialogs.unsaved.discard') },
        { value: 'cancel', label: t('dialogs.cancel') },
      ]}
    />
  );
}
