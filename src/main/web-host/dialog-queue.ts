// HostDialogs for the browser host. There is no native dialog to show, so the
// answers come from queues that a test (or a developer with curl) fills through
// the token-protected `POST /__test/dialog`. With nothing queued the answers are
// the ones a careful user would give: open nothing, save as a new file in the
// work folder without overwriting anything, and do not follow external links.

import { access } from 'node:fs/promises';
import { extname, join, basename } from 'node:path';
import type { HostDialogs } from '../handlers';

/** One queued answer per field; null for open/save means "the user cancelled". */
export interface DialogAnswer {
  open?: string | null;
  /** Several files at once (review copies to merge); null = cancelled. */
  openMany?: string[] | null;
  save?: string | null;
  confirm?: boolean;
}

export interface QueuedDialogs {
  dialogs: HostDialogs;
  enqueue(answer: DialogAnswer): void;
  /** Every link the user was asked about, in order (for tests). */
  readonly confirmations: readonly string[];
}

export function createQueuedDialogs(workDir: string): QueuedDialogs {
  const opens: (string | null)[] = [];
  const openManys: (string[] | null)[] = [];
  const saves: (string | null)[] = [];
  const confirms: boolean[] = [];
  const confirmations: string[] = [];

  return {
    confirmations,
    enqueue(answer) {
      if (answer.open !== undefined) opens.push(answer.open);
      if (answer.openMany !== undefined) openManys.push(answer.openMany);
      if (answer.save !== undefined) saves.push(answer.save);
      if (answer.confirm !== undefined) confirms.push(answer.confirm);
    },
    dialogs: {
      async chooseProjectToOpen() {
        return opens.length > 0 ? opens.shift()! : null;
      },
      async chooseProjectsToOpen() {
        return openManys.length > 0 ? openManys.shift()! : null;
      },
      async chooseSaveLocation(defaultName) {
        if (saves.length > 0) return saves.shift()!;
        return freePath(workDir, basename(defaultName));
      },
      // Exports share the save queue: to the user both are "where shall I put it?".
      async chooseExportLocation({ defaultName }) {
        if (saves.length > 0) return saves.shift()!;
        return freePath(workDir, basename(defaultName));
      },
      async confirmOpenExternal(url) {
        confirmations.push(url);
        return confirms.length > 0 ? confirms.shift()! : false;
      },
    },
  };
}

/** `<dir>/<name>`, or `<stem>-2<ext>`, `<stem>-3<ext>`, … when that already exists. */
export async function freePath(dir: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n += 1) {
    const candidate = join(dir, n === 1 ? name : `${stem}-${n}${ext}`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
