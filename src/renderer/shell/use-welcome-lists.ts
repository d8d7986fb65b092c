// Recent files and recovery copies for the welcome screen, re-read whenever a
// file was opened, saved or closed (any of which can change them).

import { useCallback, useEffect, useState } from 'react';
import { api } from '../bridge/api';
import type { RecentFile, RecoveryEntry } from '../../shared/ipc';

export interface WelcomeLists {
  recentFiles: RecentFile[];
  recoveries: RecoveryEntry[];
  refresh: () => void;
  removeRecent: (path: string) => Promise<void>;
  discardRecovery: (id: string) => Promise<void>;
}

export function useWelcomeLists(onError: (error: unknown) => void): WelcomeLists {
  const [recentFiles, setRecentFiles] = useState<RecentFile[]>([]);
  const [recoveries, setRecoveries] = useState<RecoveryEntry[]>([]);
  const [generation, setGeneration] = useState(0);

  const refresh = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    Promise.all([api.listRecentFiles(), api.listRecoveries()])
      .then(([recent, recovery]) => {
        if (!live) return;
        setRecentFiles(recent);
        setRecoveries(recovery);
      })
      .catch((error: unknown) => {
        if (live) onError(error);
      });
    return () => {
      live = false;
    };
  }, [generation, onError]);

  const removeRecent = useCallback(
    async (path: string) => {
      try {
        setRecentFiles(await api.removeRecentFile({ path }));
      } catch (error) {
        onError(error);
      }
    },
    [onError],
  );

  const discardRecovery = useCallback(
    async (id: string) => {
      try {
        await api.discardRecovery({ id });
      } catch (error) {
        onError(error);
      }
      refresh();
    },
    [onError, refresh],
  );

  return { recentFiles, recoveries, refresh, removeRecent, discardRecovery };
}
