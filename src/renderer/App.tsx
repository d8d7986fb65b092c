// The window: a header with the language switch, then either the welcome
// screen or the workspace of the open project, plus notices and dialogs.
// All commands — toolbar buttons, keyboard shortcuts, native menu — go through
// one dispatcher.

import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './bridge/api';
import type { Language } from '../shared/language';
import type { StepId } from '../shared/model/steps';
import { changeLanguage, isLanguage } from './i18n';
import { dispatchCommand, type AppCommand } from './state/commands';
import { useDocument } from './state/use-document';
import { useFileCommands } from './shell/use-file-commands';
import { usePrompt } from './shell/use-prompt';
import { useWelcomeLists } from './shell/use-welcome-lists';
import { useWindowInput } from './shell/use-window-input';
import { errorNotice, type Notice } from './shell/notice';
import { NoticeBanner } from './shell/NoticeBanner';
import { PromptDialogs } from './shell/PromptDialogs';
import { useReviewFlows } from './review-flow/use-review-flows';
import { ReviewFlowDialogs } from './review-flow/ReviewFlowDialogs';
import { useReviewImport } from './review-import/use-review-import';
import { ReviewImportDialog } from './review-import/ReviewImportDialog';
import { Welcome } from './shell/Welcome';
import { Workspace } from './shell/Workspace';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { openSearchPalette } from './search/palette-control';

export function App() {
  const { t, i18n } = useTranslation('app');
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'nl';
  const controller = useDocument(t('untitled'));
  const prompter = usePrompt();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [step, setStep] = useState<StepId>('assignment');
  const [commentsOpen, setCommentsOpen] = useState(false);
  const filterRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const showError = useCallback((error: unknown) => setNotice(errorNotice(error)), []);
  const lists = useWelcomeLists(showError);
  const { state, dispatch, edit, editComments } = controller;
  const docId = state?.doc.docId ?? null;

  const files = useFileCommands({
    controller,
    prompter,
    language,
    untitled: t('untitled'),
    setNotice,
    onListsChanged: lists.refresh,
  });
  const reviewFlows = useReviewFlows({ controller, setNotice });
  const reviewImport = useReviewImport({ controller, setNotice });

  // A newly opened document starts at its first step, with focus on its heading
  // (the button that opened it is gone, and focus must not fall back to <body>).
  useEffect(() => {
    setStep('assignment');
    if (docId) window.requestAnimationFrame(() => headingRef.current?.focus());
  }, [docId]);

  // The interface language is a preference kept by main.
  useEffect(() => {
    api
      .getPreferences()
      .then((prefs) => {
        if (prefs.language !== i18n.language) void changeLanguage(i18n, prefs.language);
      })
      .catch(showError);
  }, [i18n, showError]);

  const selectLanguage = useCallback(
    (next: Language) => {
      void changeLanguage(i18n, next);
      api.setPreferences({ language: next }).catch(showError);
    },
    [i18n, showError],
  );

  const goToStep = useCallback((next: StepId) => {
    setStep(next);
    // After a keyboard jump, put focus on the step heading so reading starts there.
    window.requestAnimationFrame(() => headingRef.current?.focus());
  }, []);

  const runCommand = (command: AppCommand) => {
    const handled = dispatchCommand(command, {
      goToStep: (target) => state && goToStep(target),
      new: () => void files.newProject(),
      open: () => void files.openDialog(),
      'open-sample': () => void files.openSample(),
      save: () => void files.save(),
      'save-as': () => void files.saveAs(),
      close: () => void files.close(),
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
      // The search palette while a project is open; the step filter otherwise.
      find: () => {
        if (!openSearchPalette()) filterRef.current?.focus();
      },
      'toggle-comments': () => {
        if (state) setCommentsOpen((open) => !open);
      },
      'export-docx': () => {
        if (!state) return;
        goToStep('report');
        void files.exportReport('docx');
      },
      'export-pdf': () => {
        if (!state) return;
        goToStep('report');
        void files.exportReport('pdf');
      },
      'send-for-review': () => reviewFlows.run('send-for-review'),
      'merge-review': () => reviewFlows.run('merge-review'),
      deliver: () => reviewFlows.run('deliver'),
      'import-review-docx': () => reviewImport.run(),
      about: () => {
        api
          .getAppInfo()
          .then((info) =>
            setNotice({
              kind: 'hint',
              messageKey: 'hints.about',
              params: { version: info.appVersion, format: info.formatVersion },
            }),
          )
          .catch(showError);
      },
    });
    if (!handled) setNotice({ kind: 'hint', messageKey: 'hints.notAvailable' });
  };

  useWindowInput({
    runCommand,
    openPath: (path) => void files.openPath(path),
    languageChanged: (next) => void changeLanguage(i18n, next),
    dropRefused: (messageKey) => setNotice({ kind: 'hint', messageKey }),
  });

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <p className="brand">{t('appName')}</p>
        <LanguageSwitch language={language} onChange={selectLanguage} />
      </header>
      <NoticeBanner notice={notice} onDismiss={() => setNotice(null)} />
      {state ? (
        <Workspace
          ref={headingRef}
          state={state}
          step={step}
          filterRef={filterRef}
          onSelectStep={setStep}
          onChange={edit}
          onSave={() => void files.save()}
          onSaveAs={() => void files.saveAs()}
          onClose={() => void files.close()}
          onUndo={() => dispatch({ type: 'undo' })}
          onRedo={() => dispatch({ type: 'redo' })}
          onChangeComments={editComments}
          commentsOpen={commentsOpen}
          onCommentsOpenChange={setCommentsOpen}
          onError={showError}
        />
      ) : (
        <Welcome
          recentFiles={lists.recentFiles}
          recoveries={lists.recoveries}
          onNew={() => void files.newProject()}
          onOpen={() => void files.openDialog()}
          onOpenSample={() => void files.openSample()}
          onOpenRecent={(path) => void files.openPath(path)}
          onRemoveRecent={(path) => void lists.removeRecent(path)}
          onRestore={(id) => void files.restoreRecovery(id)}
          onDiscardRecovery={(id) => void lists.discardRecovery(id)}
        />
      )}
      <PromptDialogs pending={prompter.pending} />
      <ReviewFlowDialogs flows={reviewFlows} />
      <ReviewImportDialog flow={reviewImport} />
    </div>
  );
}
