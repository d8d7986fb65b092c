// The checks every browser-host request passes before it may touch a handler.
// The host listens on 127.0.0.1 only, but any web page the developer visits can
// still send requests there: the per-run token stops cross-site requests (a page
// elsewhere cannot read it), and the Host check stops DNS rebinding (a hostile
// name that resolves to 127.0.0.1 would carry its own name in Host).

import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-drijfveer-token';

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function hostAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return typeof host === 'string' && allowedHosts(port).has(host.toLowerCase());
}

/** A browser always names the page's origin on POST; a foreign one is refused even with a token. */
export function originAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return [...allowedHosts(port)].some((host) => origin === `http://${host}`);
}

export function tokenMatches(expected: string, offered: unknown): boolean {
  if (typeof offered !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(offered, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body larger than ${limit} bytes`);
  }
}

/** The whole request body, refusing (before reading, when declared) anything above `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
