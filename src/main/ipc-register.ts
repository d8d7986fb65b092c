// Electron's side of the bridge: one ipcMain handler per AppApi method, all
// registered in a loop from the contract itself. A call is served only when it
// comes from the app's own page; anything else (a frame that navigated
// elsewhere despite the guards) gets BRIDGE_FORBIDDEN and reaches no handler.

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { apiMethods, channelFor, type AppApi, type BridgeResult } from '../shared/ipc';
import { dispatch } from './bridge-server';

export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: AppApi,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const method of apiMethods) {
    ipcMain.handle(channelFor(method), async (event: IpcMainInvokeEvent, ...args: unknown[]): Promise<BridgeResult<unknown>> => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return { ok: false, error: { code: 'BRIDGE_FORBIDDEN', params: {} } };
      return dispatch(handlers, method, args);
    });
  }
}
