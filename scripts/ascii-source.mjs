// Makes the CLI bundle 7-bit ASCII, so that its launcher can read it as
// Latin-1: Node decodes UTF-8 at about 7 ns a byte, and the 4.6 MB bundle is
// read on every run (cli/compile-cache.ts). esbuild already writes every
// string, template and identifier in ASCII; what it leaves are non-ASCII
// characters in comments and regular expression literals (and in the raw
// text of tagged templates, where an escape would change the value). Here
// the characters in comments and regular expressions are written as \u
// escapes, which mean the same there; anything else is left as it is, and
// the launcher then reads the bundle as UTF-8, as before. The bundle is
// parsed (acorn) to know which is which. An escape is longer than the
// character, so the source map's columns after it on the same line are off
// by a few characters: there are a handful of such places.

import { parse, tokTypes } from 'acorn';

// eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
const NON_ASCII = /[^\x00-\x7f]/;

const hex4 = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** A character as an escape: \u{…} in a unicode-mode pattern, else one \uXXXX per UTF-16 unit. */
function escapeCharacter(character, codePointEscape) {
  const codePoint = character.codePointAt(0);
  if (codePoint > 0xffff && codePointEscape) return `\\u{${codePoint.toString(16)}}`;
  let out = '';
  for (let index = 0; index < character.length; index += 1) out += hex4(character.charCodeAt(index));
  return out;
}

/**
 * The text of a comment or regular expression literal with its non-ASCII characters escaped.
 * In a pattern, a character written with an identity escape ("\’") loses that backslash:
 * "\u2019" alone means the character, where "\\u2019" would be a backslash and "u2019".
 */
function escapeSpan(text, { pattern, unicode }) {
  let out = '';
  for (const character of text) {
    if (!NON_ASCII.test(character)) {
      out += character;
      continue;
    }
    let backslashes = 0;
    while (backslashes < out.length && out[out.length - 1 - backslashes] === '\\') backslashes += 1;
    if (pattern && backslashes % 2 === 1) out = out.slice(0, -1);
    out += escapeCharacter(character, pattern && unicode);
  }
  return out;
}

/**
 * The script with the non-ASCII characters of its comments and regular expression literals
 * escaped; `remaining` counts the non-ASCII characters left elsewhere (0: the result is ASCII).
 */
export function asciiSource(code) {
  if (!NON_ASCII.test(code)) return { code, remaining: 0 };
  /** Spans to escape, in source order: [start, end, options]. */
  const spans = [];
  parse(code, {
    ecmaVersion: 'latest',
    sourceType: 'script',
    allowHashBang: true,
    allowReturnOutsideFunction: true,
    onComment: (_block, text, start, end) => {
      if (NON_ASCII.test(text)) spans.push([start, end, { pattern: false, unicode: false }]);
    },
    onToken: (token) => {
      if (token.type === tokTypes.regexp && NON_ASCII.test(token.value.pattern)) {
        spans.push([token.start, token.end, { pattern: true, unicode: /[uv]/.test(token.value.flags) }]);
      }
    },
  });
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end, options] of spans) {
    out += code.slice(at, start) + escapeSpan(code.slice(start, end), options);
    at = end;
  }
  out += code.slice(at);
  let remaining = 0;
  for (const character of out) if (NON_ASCII.test(character)) remaining += 1;
  return { code: out, remaining };
}
