// Turns a modal question into an awaitable answer, so flows like "save, and if
// the file changed on disk ask what to do" read top to bottom.

import { useCallback, useState } from 'react';

export type ExternalChangeChoice = 'overwrite' | 'save-as' | 'cancel';
export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export type PendingPrompt =
  | { kind: 'external-change'; fileName: string | null; answer: (choice: ExternalChangeChoice) => void }
  | { kind: 'unsaved'; title: string; answer: (choice: UnsavedChoice) => void };

export interface Prompter {
  pending: PendingPrompt | null;
  askExternalChange: (fileName: string | null) => Promise<ExternalChangeChoice>;
  askUnsaved: (title: string) => Promise<UnsavedChoice>;
}

export function usePrompt(): Prompter {
  const [pending, setPending] = useState<PendingPrompt | null>(null);

  const askExternalChange = useCallback(
    (fileName: string | null) =>
      new Promise<ExternalChangeChoice>((resolve) => {
        setPending({
          kind: 'external-change',
          fileName,
          answer: (choice) => {
            setPending(null);
            resolve(choice);
          },
        });
      }),
    [],
  );

  const askUnsaved = useCallback(
    (title: string) =>
      new Promise<UnsavedChoice>((resolve) => {
        setPending({
          kind: 'unsaved',
          title,
          answer: (choice) => {
            setPending(null);
            resolve(choice);
          },
        });
      }),
    [],
  );

  return { pending, askExternalChange, askUnsaved };
}
