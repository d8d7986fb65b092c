// JSON.parse for untrusted project files: depth-checked first, keys that could
// reach an object's prototype dropped, and failures turned into AppErrors with
// a position a person can find in a text editor.

import { AppError } from '../errors';
import { scanJson } from './json-scan';
import { MAX_JSON_DEPTH } from './limits';

/**
 * Keys never kept from a file. JSON.parse itself stores "__proto__" as a plain
 * own property, but later spreads, merges or assignments by other code would
 * treat it as the prototype; dropping these keys at the door removes the risk.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function dropForbiddenKeys(key: string, value: unknown): unknown {
  return FORBIDDEN_KEYS.has(key) ? undefined : value;
}

/**
 * A reviver makes JSON.parse several times slower, so it runs only when such a
 * key could be present: spelled out, or hidden behind a \u escape.
 */
function mayHoldForbiddenKeys(text: string): boolean {
  return text.includes('__proto__') || text.includes('constructor') || text.includes('prototype') || text.includes('\\u');
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** Parses project-file text; throws FILE_EMPTY, FILE_TOO_DEEP, FILE_TRUNCATED or FILE_NOT_JSON. */
export function parseJsonSafely(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new AppError('FILE_EMPTY');
  const scan = scanJson(body, MAX_JSON_DEPTH);
  if (scan.tooDeep) throw new AppError('FILE_TOO_DEEP', { limit: MAX_JSON_DEPTH });
  try {
    return mayHoldForbiddenKeys(body) ? JSON.parse(body, dropForbiddenKeys) : JSON.parse(body);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const match = /position (\d+)/.exec(message);
    const position = match ? Number(match[1]) : null;
    const end = body.trimEnd().length;
    const endsEarly =
      /end of JSON input|Unterminated string/i.test(message) ||
      ((scan.endsInString || scan.openAtEnd > 0) && (position === null || position >= end));
    if (endsEarly) throw new AppError('FILE_TRUNCATED', {}, { cause });
    const params = position === null ? {} : lineAndColumn(body, position);
    throw new AppError('FILE_NOT_JSON', params, { cause });
  }
}
