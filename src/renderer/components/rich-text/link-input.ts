// What the writer types as a link address, turned into a safe href. People
// type "www.gemeente.nl" or an e-mail address far more often than a full URL,
// so those get the obvious scheme; everything else must pass sanitizeHref.

import { sanitizeHref } from '../../../shared/model/rich-text';

export type LinkInputResult = { ok: true; href: string } | { ok: false; reason: 'empty' | 'unsafe' };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LOOKS_LIKE_EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const LOOKS_LIKE_HOST = /^[^\s/:@]+\.[a-z]{2,}(?:[/:?#]\S*)?$/i;

export function parseLinkInput(raw: string): LinkInputResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  let candidate = trimmed;
  if (!HAS_SCHEME.test(trimmed)) {
    if (LOOKS_LIKE_EMAIL.test(trimmed)) candidate = `mailto:${trimmed}`;
    else if (LOOKS_LIKE_HOST.test(trimmed)) candidate = `https://${trimmed}`;
  }
  const href = sanitizeHref(candidate);
  return href === null ? { ok: false, reason: 'unsafe' } : { ok: true, href };
}
