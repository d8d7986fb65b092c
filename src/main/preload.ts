// The sandboxed preload: exposes exactly the AppApi methods (plus event
// subscription, the host name and dropped-file paths) as `window.api`, and
// nothing else of Electron. Bundled by Vite, so it may import our shared code.
//
// Failed calls reject with the plain SerializedError rather than an Error: the
// contextBridge copies Errors without their `code`, while plain objects cross
// intact. src/renderer/bridge/api.ts turns them back into AppErrors.

import './preload-zod';
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNEL, apiMethods, channelFor, type AppEvent, type BridgeResult } from '../shared/ipc';

/**
 * Events that arrive before the UI subscribes (a file opened from the OS while
 * the window loads) are held and handed to the first listener.
 */
const pending: AppEvent[] = [];
const listeners = new Set<(event: AppEvent) => void>();
ipcRenderer.on(EVENT_CHANNEL, (_event: IpcRendererEvent, appEvent: AppEvent) => {
  if (listeners.size === 0) pending.push(appEvent);
  else for (const listener of [...listeners]) listener(appEvent);
});

const methods: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
for (const method of apiMethods) {
  methods[method] = async (...args: unknown[]) => {
    const result = (await ipcRenderer.invoke(channelFor(method), ...args)) as BridgeResult<unknown>;
    if (result.ok) return result.value;
    throw result.error;
  };
}

contextBridge.exposeInMainWorld('api', {
  ...methods,
  host: 'electron',
  onEvent(listener: (event: AppEvent) => void): () => void {
    listeners.add(listener);
    for (const event of pending.splice(0)) listener(event);
    return () => {
      listeners.delete(listener);
    };
  },
  pathForFile(file: File): string | null {
    try {
      return webUtils.getPathForFile(file) || null;
    } catch {
      return null;
    }
  },
});
