// Main → renderer events for the browser host, as Server-Sent Events: the
// renderer's EventSource receives each AppEvent as one `data:` line of JSON.

import type { ServerResponse } from 'node:http';
import type { AppEvent } from '../../shared/ipc';

/** Comment lines keep idle connections from being closed by the browser or a proxy. */
const HEARTBEAT_MS = 20_000;
/** Events held while no page listens; a bound, so a host left running cannot grow without limit. */
const MAX_PENDING = 100;

export interface EventHub {
  attach(response: ServerResponse): void;
  broadcast(event: AppEvent): void;
  close(): void;
}

/**
 * Like Electron's preload, the hub holds events sent while no page is listening
 * (the page is still loading, or reconnecting) and delivers them to the next
 * page that connects, so e.g. a file opened from the OS at start-up is not lost.
 */
export function createEventHub(): EventHub {
  const clients = new Set<ServerResponse>();
  const pending: string[] = [];
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    attach(response) {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      for (const frame of pending.splice(0)) response.write(frame);
      clients.add(response);
      response.on('close', () => clients.delete(response));
    },
    broadcast(event) {
      const frame = `data: ${JSON.stringify(event)}\n\n`;
      if (clients.size === 0) {
        pending.push(frame);
        if (pending.length > MAX_PENDING) pending.shift();
        return;
      }
      for (const client of clients) client.write(frame);
    },
    close() {
      clearInterval(heartbeat);
      for (const client of clients) client.end();
      clients.clear();
    },
  };
}
