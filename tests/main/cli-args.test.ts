// The argument checks and error printing every CLI subcommand shares: the
// message of the first missing position, the "too many" message, and errors
// printed as "error CODE: message" in the chosen language.

import { describe, expect, it } from 'vitest';
import { expectArguments, printError } from '../../src/main/cli/args';
import type { CliIo } from '../../src/main/cli/io';
import { AppError, errorMessage } from '../../src/shared/errors';

function recorder(): CliIo & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) };
}

describe('expectArguments', () => {
  const missing = ['no input', 'no output'];

  it('accepts exactly one argument per position and prints nothing', () => {
    const io = recorder();
    expect(expectArguments(io, ['a', 'b'], missing, 'too many')).toBe(true);
    expect(io.lines).toEqual({ out: [], err: [] });
  });

  it.each([
    [[], 'no input'],
    [['a'], 'no output'],
    [['a', 'b', 'c'], 'too many'],
  ])('refuses %j with the message %s', (args, message) => {
    const io = recorder();
    expect(expectArguments(io, args, missing, 'too many')).toBe(false);
    expect(io.lines).toEqual({ out: [], err: [message] });
  });
});

describe('printError', () => {
  it('prints the code and the message in the chosen language, on stderr only', () => {
    for (const language of ['nl', 'en'] as const) {
      const io = recorder();
      printError(io, new AppError('FILE_NOT_FOUND', { fileName: 'x.drijfveer' }), language);
      expect(io.lines.out).toEqual([]);
      expect(io.lines.err).toEqual([`error FILE_NOT_FOUND: ${errorMessage('FILE_NOT_FOUND', language, { fileName: 'x.drijfveer' })}`]);
    }
    expect(errorMessage('FILE_NOT_FOUND', 'nl', {})).not.toBe(errorMessage('FILE_NOT_FOUND', 'en', {}));
  });
});
