// Checks and output shared by the subcommands: the count of positional
// arguments (one message per missing position, one for too many) and the one
// way a coded error is printed. Kept here so every command words its usage
// errors, and its refusals, exactly alike.

import { errorMessage, serializeError } from '../../shared/errors';
import type { Language } from '../../shared/language';
import type { CliIo } from './io';

/**
 * True when `args` holds exactly one argument per entry of `missing`. Otherwise
 * prints the message of the first missing position, or `tooMany`, and returns
 * false; the caller then exits with EXIT_USAGE.
 */
export function expectArguments(io: CliIo, args: readonly string[], missing: readonly string[], tooMany: string): boolean {
  if (args.length < missing.length) {
    io.err(missing[args.length]);
    return false;
  }
  if (args.length > missing.length) {
    io.err(tooMany);
    return false;
  }
  return true;
}

/** Prints an error as "error CODE: message", in the CLI's language. */
export function printError(io: CliIo, error: unknown, language: Language): void {
  const { code, params } = serializeError(error);
  io.err(`error ${code}: ${errorMessage(code, language, params)}`);
}
