import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson, type JsonScan } from '../../../src/shared/project-file/json-scan';

/** The plain one-character-at-a-time scan: the definition the fast scan must match. */
function referenceScan(text: string, maxDepth: number): JsonScan {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      depth += 1;
      if (depth > maxDepth) return { tooDeep: true, openAtEnd: depth, endsInString: false };
    } else if (c === '}' || c === ']') {
      if (depth > 0) depth -= 1;
    }
  }
  return { tooDeep: false, openAtEnd: depth, endsInString: inString };
}

describe('scanJson', () => {
  it('measures nesting, ignoring brackets inside strings and escaped quotes', () => {
    expect(scanJson('{"a":["[[{", "\\"[", "\\\\"], "b": {}}', 2)).toEqual({ tooDeep: false, openAtEnd: 0, endsInString: false });
    expect(scanJson('[[[', 2)).toEqual({ tooDeep: true, openAtEnd: 3, endsInString: false });
    expect(scanJson('{"a": "abc\\"', 5)).toEqual({ tooDeep: false, openAtEnd: 1, endsInString: true });
    expect(scanJson('{"a": "abc\\\\"', 5)).toEqual({ tooDeep: false, openAtEnd: 1, endsInString: false });
    expect(scanJson('"\\', 5)).toEqual({ tooDeep: false, openAtEnd: 0, endsInString: true });
  });

  it('agrees with the character-by-character scan on any text made of JSON’s structural characters', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', '"', '\\', '\\\\', '\\"', ' ', '\n', 'a', ':', ',', 'é', '\u0000');
    const text = fc.oneof(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), fc.string(), fc.json());
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (t, maxDepth) => {
        expect(scanJson(t, maxDepth)).toEqual(referenceScan(t, maxDepth));
      }),
      { numRuns: 3000 },
    );
  });
});
