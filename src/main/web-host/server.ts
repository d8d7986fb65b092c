// The browser host: the real main-process handlers behind a small HTTP server on
// 127.0.0.1, serving the built renderer. It exists so the real UI can be run and
// tested in an ordinary Chromium where Electron cannot run. Never packaged.
//
//   GET  /?token=…          index.html with the token as <meta name="drijfveer-token">
//   GET  /assets/…          the rest of dist/web
//   POST /api/<method>      JSON array of arguments → BridgeResult (header x-drijfveer-token)
//   GET  /events?token=…    AppEvents as Server-Sent Events
//   POST /__test/dialog     queue answers for the next dialogs (token header)
//   POST /__test/event      broadcast an AppEvent, e.g. a menu command (token header)

import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { version } from '../../../package.json';
import { contentSecurityPolicy } from '../../shared/csp';
import type { AppEvent, BridgeResult } from '../../shared/ipc';
import type { SerializedError } from '../../shared/errors';
import { dispatch } from '../bridge-server';
import { createHandlers, type DocumentStateReport } from '../handlers';
import { createPreferencesStore } from '../store/preferences-store';
import { createProjectStore } from '../store/project-store';
import { createRecoveryStore } from '../store/recovery-store';
import { createQueuedDialogs, type DialogAnswer } from './dialog-queue';
import { createEventHub } from './event-stream';
import {
  BodyTooLargeError,
  TOKEN_HEADER,
  hostAllowed,
  originAllowed,
  readBody,
  tokenMatches,
} from './request-guard';
import { indexHtmlWithToken, readStaticFile, webRootIndex } from './static-files';

/** Above the 64 MB project-file limit, so the largest valid project still fits in a save request. */
export const DEFAULT_MAX_BODY_BYTES = 80 * 1024 * 1024;

export interface WebHostOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  webRoot: string;
  dataDir: string;
  workDir: string;
  samplesDir: string;
  appVersion?: string;
  maxBodyBytes?: number;
  log?: (line: string) => void;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close(): Promise<void>;
  queueDialog(answer: DialogAnswer): void;
  emit(event: AppEvent): void;
  /** The last title/dirty report from the renderer (what Electron shows in the title bar). */
  readonly documentState: DocumentStateReport | null;
  /** Links the user confirmed; the browser host only records them. */
  readonly openedLinks: readonly string[];
  /** Links the user was asked about. */
  readonly confirmations: readonly string[];
  /** Exported files the user asked to open or show in their folder; the browser host only records them. */
  readonly fileRequests: readonly { action: 'open' | 'show-in-folder'; path: string }[];
}

const DialogAnswerSchema = z.strictObject({
  open: z.string().min(1).nullable().optional(),
  openMany: z.array(z.string().min(1)).max(50).nullable().optional(),
  save: z.string().min(1).nullable().optional(),
  confirm: z.boolean().optional(),
});

const AppEventSchema = z.union([
  z.strictObject({ type: z.literal('menu'), command: z.string().min(1).max(50) }),
  z.strictObject({ type: z.literal('open-file'), path: z.string().min(1) }),
  z.strictObject({ type: z.literal('language-changed'), language: z.enum(['nl', 'en']) }),
]);

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const appVersion = options.appVersion ?? version;
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const log = options.log ?? (() => undefined);
  const token = randomBytes(24).toString('base64url');
  const queued = createQueuedDialogs(options.workDir);
  const events = createEventHub();
  const openedLinks: string[] = [];
  const fileRequests: { action: 'open' | 'show-in-folder'; path: string }[] = [];
  let documentState: DocumentStateReport | null = null;

  const handlers = createHandlers({
    store: createProjectStore({ appVersion }),
    preferences: createPreferencesStore(options.dataDir),
    recovery: createRecoveryStore(options.dataDir, { appVersion }),
    dialogs: queued.dialogs,
    host: 'web',
    appVersion,
    samplesDir: options.samplesDir,
    onDocumentState: (state) => {
      documentState = state;
    },
    openExternal: async (url) => {
      openedLinks.push(url);
      log(`(browser host) would open in the system browser: ${url}`);
    },
    exportedFiles: {
      async open(path) {
        fileRequests.push({ action: 'open', path });
        log(`(browser host) would open: ${path}`);
      },
      async showInFolder(path) {
        fileRequests.push({ action: 'show-in-folder', path });
        log(`(browser host) would show in its folder: ${path}`);
      },
    },
    emit: (event) => events.broadcast(event),
  });

  const csp = `${contentSecurityPolicy('production')}; frame-ancestors 'none'`;
  let port = 0;

  const send = (response: ServerResponse, status: number, body: string | Buffer, contentType: string): void => {
    response.writeHead(status, {
      'content-type': contentType,
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'no-store',
    });
    response.end(body);
  };
  const sendJson = (response: ServerResponse, status: number, value: unknown): void =>
    send(response, status, JSON.stringify(value), 'application/json; charset=utf-8');
  const sendError = (response: ServerResponse, status: number, error: SerializedError): void =>
    sendJson(response, status, { ok: false, error } satisfies BridgeResult<never>);
  const forbidden = (response: ServerResponse): void => sendError(response, 403, { code: 'BRIDGE_FORBIDDEN', params: {} });
  const badRequest = (response: ServerResponse, detail: string): void =>
    sendError(response, 400, { code: 'BRIDGE_BAD_ARGUMENTS', params: { method: 'request', detail } });

  /** Parsed JSON body of a token-protected POST, or undefined when a response was already sent. */
  const readJsonPost = async (request: IncomingMessage, response: ServerResponse): Promise<{ value: unknown } | undefined> => {
    if (request.method !== 'POST') {
      sendError(response, 405, { code: 'BRIDGE_FORBIDDEN', params: {} });
      return undefined;
    }
    if (!tokenMatches(token, request.headers[TOKEN_HEADER]) || !originAllowed(request, port)) {
      forbidden(response);
      return undefined;
    }
    if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
      badRequest(response, 'content-type must be application/json');
      return undefined;
    }
    let body: Buffer;
    try {
      body = await readBody(request, maxBody);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      response.setHeader('connection', 'close');
      sendError(response, 413, {
        code: 'BRIDGE_BAD_ARGUMENTS',
        params: { method: 'request', detail: `larger than ${Math.round(maxBody / 1024 / 1024)} MB` },
      });
      request.resume();
      return undefined;
    }
    try {
      return { value: JSON.parse(body.toString('utf8')) as unknown };
    } catch {
      badRequest(response, 'body is not JSON');
      return undefined;
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!hostAllowed(request, port)) return forbidden(response);
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const path = url.pathname;

    if (path.startsWith('/api/')) {
      const body = await readJsonPost(request, response);
      if (!body) return;
      const result = await dispatch(handlers, path.slice('/api/'.length), body.value);
      return sendJson(response, 200, result);
    }
    if (path === '/events') {
      if (!tokenMatches(token, url.searchParams.get('token'))) return forbidden(response);
      return events.attach(response);
    }
    if (path === '/__test/dialog' || path === '/__test/event') {
      const body = await readJsonPost(request, response);
      if (!body) return;
      if (path === '/__test/dialog') {
        const answer = DialogAnswerSchema.safeParse(body.value);
        if (!answer.success) return badRequest(response, 'expected { open?, save?, confirm? }');
        queued.enqueue(answer.data);
      } else {
        const event = AppEventSchema.safeParse(body.value);
        if (!event.success) return badRequest(response, 'not an AppEvent');
        events.broadcast(event.data as AppEvent);
      }
      response.writeHead(204, { 'cache-control': 'no-store' });
      return void response.end();
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'Method not allowed', 'text/plain');
    if (path === '/' || path === '/index.html') {
      // The page itself carries the token, so only someone who has the URL gets it.
      if (!tokenMatches(token, url.searchParams.get('token'))) {
        return send(response, 403, 'Open the address printed by the web host (it contains the token).', 'text/plain; charset=utf-8');
      }
      const html = await readFile(webRootIndex(options.webRoot), 'utf8');
      return send(response, 200, indexHtmlWithToken(html, token), 'text/html; charset=utf-8');
    }
    const file = await readStaticFile(options.webRoot, path);
    // Browsers ask for a favicon on their own; "none" is an answer, not an error in the console.
    if (!file && path === '/favicon.ico') return send(response, 204, '', 'text/plain');
    if (!file) return send(response, 404, 'Not found', 'text/plain; charset=utf-8');
    return send(response, 200, file.body, file.contentType);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`web host: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
      if (!response.headersSent) sendError(response, 500, { code: 'INTERNAL', params: { reason: 'web host' } });
      else response.end();
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    queueDialog: (answer) => queued.enqueue(answer),
    emit: (event) => events.broadcast(event),
    get documentState() {
      return documentState;
    },
    openedLinks,
    fileRequests,
    get confirmations() {
      return queued.confirmations;
    },
    close: () =>
      new Promise<void>((resolveClose) => {
        events.close();
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}
