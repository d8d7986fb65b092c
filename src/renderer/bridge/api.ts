// The renderer's one handle on the main process. In Electron the preload has put
// `window.api` there; in the browser host there is no preload, so the web bridge
// is used and also published as `window.api` (tests drive it from the page).
// Either way a failed call throws an AppError carrying a stable `code`.

import { apiMethods, type AppApi, type RendererApi } from '../../shared/ipc';
import { toAppError } from './unwrap';
import { createWebBridge } from './web-client';

declare global {
  interface Window {
    api?: RendererApi;
  }
}

/** Wraps the preload's methods so their plain-object rejections become AppErrors again. */
export function fromPreload(exposed: RendererApi): RendererApi {
  const methods = Object.fromEntries(
    apiMethods.map((method) => [
      method,
      async (...args: unknown[]) => {
        try {
          return await (exposed[method] as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          throw toAppError(error);
        }
      },
    ]),
  ) as unknown as AppApi;
  return {
    ...methods,
    host: exposed.host,
    onEvent: (listener) => exposed.onEvent(listener),
    pathForFile: (file) => exposed.pathForFile(file),
  };
}

function resolveApi(): RendererApi {
  if (window.api) return fromPreload(window.api);
  const bridge = createWebBridge();
  window.api = bridge;
  return bridge;
}

export const api: RendererApi = resolveApi();
