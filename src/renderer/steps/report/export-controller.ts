// The one export in progress, shared by the Report step's buttons and the
// menu commands (they live in different parts of the window). A tiny external
// store: React components read it with useSyncExternalStore; only one export
// runs at a time, a second request while one runs is ignored.

import { useSyncExternalStore } from 'react';
import type { AppEvent, ExportFormat, ExportOutcome, RendererApi } from '../../../shared/ipc';
import type { Language } from '../../../shared/language';
import type { Project } from '../../../shared/model/project';
import { serializeError, type SerializedError } from '../../../shared/errors';

export type ExportStatus =
  | { phase: 'idle' }
  | { phase: 'running'; format: ExportFormat; fraction: number }
  | { phase: 'done'; outcome: ExportOutcome }
  | { phase: 'failed'; error: SerializedError };

export interface ExportRequest {
  docId: string;
  project: Project;
  format: ExportFormat;
  language: Language;
}

export interface ExportController {
  status(): ExportStatus;
  subscribe(listener: () => void): () => void;
  /** Resolves when the export ended (written, cancelled or failed); the status says which. */
  run(request: ExportRequest): Promise<void>;
  /** Back to idle, e.g. when the success notice is dismissed. */
  reset(): void;
}

type ExportBridge = Pick<RendererApi, 'exportReport' | 'onEvent'>;

export function createExportController(bridge: ExportBridge): ExportController {
  let current: ExportStatus = { phase: 'idle' };
  const listeners = new Set<() => void>();
  const set = (next: ExportStatus) => {
    current = next;
    for (const listener of [...listeners]) listener();
  };

  return {
    status: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async run(request) {
      if (current.phase === 'running') return;
      const format = request.format;
      set({ phase: 'running', format, fraction: 0 });
      const stop = bridge.onEvent((event: AppEvent) => {
        // Progress only moves forward; a late event of an earlier export is ignored.
        if (event.type !== 'export-progress' || current.phase !== 'running') return;
        if (event.fraction > current.fraction) set({ phase: 'running', format, fraction: event.fraction });
      });
      try {
        const outcome = await bridge.exportReport(request);
        set(outcome ? { phase: 'done', outcome } : { phase: 'idle' });
      } catch (error) {
        set({ phase: 'failed', error: serializeError(error) });
      } finally {
        stop();
      }
    },
    reset: () => set({ phase: 'idle' }),
  };
}

export function useExportStatus(controller: ExportController): ExportStatus {
  return useSyncExternalStore(controller.subscribe, controller.status);
}
