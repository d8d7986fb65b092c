// A single cheap pass over JSON text before JSON.parse. It measures nesting
// without recursion (JSON.parse itself and every recursive walker after it
// would overflow the stack on hostile input such as 100,000 nested '['), and
// notes whether the text stops inside a string or an open object/array, which
// tells a truncated file apart from a malformed one. Strings are skipped with
// indexOf rather than character by character: they are most of a project file.

export interface JsonScan {
  /** True when nesting exceeded the limit; scanning stopped there. */
  tooDeep: boolean;
  /** Nesting depth left open at the end of the text (0 for a complete document). */
  openAtEnd: number;
  /** True when the text ends inside a string literal. */
  endsInString: boolean;
}

const SPACE = 0x20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

export function scanJson(text: string, maxDepth: number): JsonScan {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    if (c <= SPACE) continue; // indentation, most of a saved file outside its strings
    if (c === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd run of backslashes.
      let end = text.indexOf('"', i + 1);
      while (end !== -1 && text.charCodeAt(end - 1) === BACKSLASH) {
        let k = end - 2;
        while (text.charCodeAt(k) === BACKSLASH) k -= 1;
        if ((end - k) % 2 === 1) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return { tooDeep: false, openAtEnd: depth, endsInString: true };
      i = end;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return { tooDeep: true, openAtEnd: depth, endsInString: false };
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      if (depth > 0) depth -= 1;
    }
  }
  return { tooDeep: false, openAtEnd: depth, endsInString: false };
}
