// A text field's typing buffer as a React hook (the rules are in
// draft-text.ts): `text` is what the field shows, `change` takes a keystroke,
// `flush` hands held text to the project now. A keystroke re-renders only the
// component that uses this hook.

import { useEffect, useRef, useState } from 'react';
import { pendingEdits, type TypedSpan } from '../state/pending-edits';
import { browserDraftTimers, createDraftBuffer } from './draft-text';

export interface DraftText {
  text: string;
  change: (text: string) => void;
  flush: () => void;
}

/**
 * `value` is the project's text; `commit` writes a text to the project (the latest one given is used),
 * passing on when its keystrokes were typed (for the undo history).
 */
export function useDraftText(value: string, commit: (text: string, typed: TypedSpan) => void): DraftText {
  const [draft, setDraft] = useState<string | null>(null);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;
  const [buffer] = useState(() =>
    createDraftBuffer({
      commit: (text, typed) => latestCommit.current(text, typed),
      show: setDraft,
      registry: pendingEdits,
      timers: browserDraftTimers(),
    }),
  );
  // A field that goes away (another step, the interview closed) hands over what it holds.
  useEffect(() => () => buffer.flush(), [buffer]);
  return { text: draft ?? value, change: buffer.change, flush: buffer.flush };
}
