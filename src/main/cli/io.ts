// What a CLI command may touch besides the file system: two output streams and
// the chosen language. Passed in so the commands can be tested in-process.

import type { Language } from '../../shared/language';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliContext {
  io: CliIo;
  language: Language;
  /** True when --lang was given (then it also chooses the report language of an export). */
  languageGiven: boolean;
  /** Positional arguments after the subcommand name. */
  args: string[];
  /** The command's own options (declared in CliCommand.options): the value, or true for a flag. */
  options: Record<string, string | true>;
  /** Folder that relative paths on the command line are relative to. */
  cwd: string;
}

/** Exit statuses, following BSD sysexits where one fits. */
export const EXIT_OK = 0;
/** The input (a project file) was refused; the message says why. */
export const EXIT_INPUT_REFUSED = 2;
/** Wrong command line. */
export const EXIT_USAGE = 64;
/** The requested feature does not exist in this version (e.g. PDF export). */
export const EXIT_UNAVAILABLE = 69;
/** The output file could not be written. */
export const EXIT_CANT_CREATE = 73;

export interface CliCommand {
  name: string;
  /** One line for the usage text, per language. */
  synopsis: Record<Language, string>;
  /** Options of this command without the leading "--": 'value' takes the next argument, 'flag' does not. */
  options?: Record<string, 'value' | 'flag'>;
  run(context: CliContext): Promise<number>;
}
