// The CLI bundle made 7-bit ASCII (scripts/ascii-source.mjs): non-ASCII
// characters in comments and regular expression literals become escapes that
// mean the same, anything else is left alone, and the built bundle of the CLI
// really ends up ASCII (else its launcher silently takes the slow UTF-8 path).

import { isAscii } from 'node:buffer';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../scripts/ascii-source.mjs';

const repoRoot = path.resolve(__dirname, '..', '..');

/** Runs a script that reads `input` (kept out of the code, whose strings stay as they are) and sets `result`. */
const run = (code: string, input: unknown = null): unknown => {
  const context: { input: unknown; result?: unknown } = { input };
  vm.runInNewContext(code, context);
  return context.result;
};

describe('asciiSource', () => {
  it('leaves ASCII code as it is', () => {
    const code = 'const a = /[a-z]+/g; // plain\nresult = a.test("abc");';
    expect(asciiSource(code)).toEqual({ code, remaining: 0 });
  });

  it('escapes comments and patterns so the code is ASCII and behaves the same', () => {
    const code = [
      '// comment with ’ and × and 😀',
      '/** block – comment */',
      'const dashes = /[\\s,;:–—-]+$/;',
      "const quote = /[iljtf.,:;'’|!()[\\]]/;",
      "const word = /^[\\p{L}\\p{M}'’]+$/u;",
      'const emoji = /😀+/u;',
      'const pair = /😀/;',
      'const identity = /a\\’b/;',
      'const backslash = /\\\\’/;',
      'const range = /[à-ÿ]/;',
      'const sets = /[\\p{L}--[a-z]]é/v;',
      'const [dash, q, x, w, ab, e2, e3, e1, id, bs, eacute, e, upper] = input;',
      'result = [',
      '  dash.replace(dashes, ""),',
      '  quote.test(q), quote.test(x),',
      '  word.test(w), word.test(ab),',
      '  emoji.test(e2), emoji.exec(e3)[0].length,',
      '  pair.test(e1), identity.test(id), backslash.test(bs),',
      '  range.test(eacute), range.test(e), sets.test(upper + eacute), sets.test(e + eacute),',
      '];',
    ].join('\n');
    const input = ['ab, –— ', '’', 'x', 'co’öperatie', 'a b', '😀😀', 'x😀😀', '😀', 'a’b', '\\’', 'é', 'e', 'É'];
    const { code: ascii, remaining } = asciiSource(code);
    expect(remaining).toBe(0);
    expect(isAscii(Buffer.from(ascii, 'utf8'))).toBe(true);
    expect(run(ascii, input)).toEqual(run(code, input));
    expect(run(code, input)).toEqual(['ab', true, false, true, false, true, 4, true, true, true, true, false, true, false]);
    expect(ascii).toContain('// comment with \\u2019 and \\u00d7 and \\ud83d\\ude00');
    expect(ascii).toContain('/\\u{1f600}+/u');
    expect(ascii).toContain('/a\\u2019b/');
  });

  it('leaves strings, templates and tagged templates alone, and counts what is left', () => {
    const code = "const s = 'ë'; const t = `é${1}`; const r = String.raw`–`; result = [s, t, r];";
    const { code: out, remaining } = asciiSource(code);
    expect(out).toBe(code);
    expect(remaining).toBe(3);
  });

  it('keeps what any character class pattern matches (property)', () => {
    const character = fc.constantFrom('a', 'é', '–', '’', '×', '😀', 'Ω', '-', ' ');
    fc.assert(
      fc.property(fc.array(character, { minLength: 1, maxLength: 6 }), fc.boolean(), fc.array(character, { maxLength: 8 }), (members, unicode, probe) => {
        // A dash only at the end, so no member forms a range by accident.
        const body = [...members.filter((m) => m !== '-'), ...(members.includes('-') ? ['-'] : [])].join('');
        if (body === '' || (!unicode && body.includes('😀'))) return true;
        const code = `const re = /[${body}]+/g${unicode ? 'u' : ''}; result = input.match(re);`;
        const { code: ascii, remaining } = asciiSource(code);
        const text = probe.join('');
        return remaining === 0 && JSON.stringify(run(ascii, text)) === JSON.stringify(run(code, text));
      }),
      { numRuns: 300 },
    );
  });

  it('makes the CLI bundle, as the build makes it, entirely ASCII', async () => {
    const built = await build({
      entryPoints: [path.join(repoRoot, 'src/main/cli.ts')],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      mainFields: ['module', 'main'],
      packages: 'external',
      write: false,
      logLevel: 'silent',
      define: { 'import.meta.url': '__drijfveerModuleUrl' },
    });
    const bundle = built.outputFiles[0].text;
    expect(isAscii(Buffer.from(bundle, 'utf8'))).toBe(false);
    const { code, remaining } = asciiSource(bundle);
    expect(remaining).toBe(0);
    expect(isAscii(Buffer.from(code, 'utf8'))).toBe(true);
  });
});
