// The bridge as seen from a page served by the browser host: every AppApi
// method becomes `POST /api/<method>` with the arguments as a JSON array and the
// per-run token (from <meta name="drijfveer-token">) in a header; events arrive
// over one Server-Sent Events connection, opened while anyone listens.

import { AppError } from '../../shared/errors';
import { apiMethods, type AppApi, type AppEvent, type RendererApi } from '../../shared/ipc';
import { unwrapResult } from './unwrap';

export const TOKEN_META = 'drijfveer-token';
const TOKEN_HEADER = 'x-drijfveer-token';

function readToken(): string {
  const meta = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`);
  return meta?.content ?? '';
}

export function createWebBridge(token: string = readToken()): RendererApi {
  const call = async (method: string, args: unknown[]): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args),
      });
    } catch (error) {
      throw new AppError('INTERNAL', { reason: `browser host unreachable (${String(error).slice(0, 80)})` });
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new AppError('INTERNAL', { reason: `browser host answered ${response.status}` });
    }
    return unwrapResult(body);
  };

  const methods = Object.fromEntries(
    apiMethods.map((method) => [method, (...args: unknown[]) => call(method, args)]),
  ) as unknown as AppApi;

  const listeners = new Set<(event: AppEvent) => void>();
  let source: EventSource | null = null;

  const onEvent = (listener: (event: AppEvent) => void): (() => void) => {
    listeners.add(listener);
    if (!source) {
      source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
      source.onmessage = (message: MessageEvent<string>) => {
        let event: AppEvent;
        try {
          event = JSON.parse(message.data) as AppEvent;
        } catch {
          return;
        }
        for (const each of [...listeners]) each(event);
      };
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  };

  return { ...methods, host: 'web', onEvent, pathForFile: () => null };
}
