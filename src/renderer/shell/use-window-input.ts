// Input that reaches the window as a whole: keyboard shortcuts (browser host),
// events from main (menu commands, files opened from the OS, language changes),
// and .drijfveer files dropped on the window. Listeners are registered once and
// always call the latest handlers through a ref.

import { useEffect, useRef } from 'react';
import { api } from '../bridge/api';
import type { Language } from '../../shared/language';
import { commandForEvent, commandForKey, type AppCommand } from '../state/commands';

export interface WindowInputHandlers {
  runCommand: (command: AppCommand) => void;
  openPath: (path: string) => void;
  languageChanged: (language: Language) => void;
  /** A dropped file that cannot be opened: the key of the hint to show. */
  dropRefused: (hintKey: string) => void;
}

export function useWindowInput(handlers: WindowInputHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = commandForKey(event, api.host);
      if (!command) return;
      event.preventDefault();
      latest.current.runCommand(command);
    };
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      if (!file.name.toLowerCase().endsWith('.drijfveer')) {
        latest.current.dropRefused('hints.dropNotProject');
        return;
      }
      const path = api.pathForFile(file);
      if (path) latest.current.openPath(path);
      else latest.current.dropRefused('hints.dropNeedsDesktop');
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    const unsubscribe = api.onEvent((event) => {
      const command = commandForEvent(event);
      if (command) latest.current.runCommand(command);
      else if (event.type === 'open-file') latest.current.openPath(event.path);
      else if (event.type === 'language-changed') latest.current.languageChanged(event.language);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      unsubscribe();
    };
  }, []);
}
