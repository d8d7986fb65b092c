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
  /** Positional arguments after the subcommand name. */
  args: string[];
  /** Folder that relative paths on the command line are relative to. */
  cwd: string;
}

/** Exit statuses, following BSD sysexits where one fits. */
export const EXIT_OK = 0;
/** The input (a project file) was refused; the message says why. */
export const EXIT_INPUT_REFUSED = 2;
/** Wrong command line. */
export const EXIT_USAGE = 64;

export interface CliCommand {
  name: string;
  /** One line for the usage text, per language. */
  synopsis: Record<Language, string>;
  run(context: CliContext): Promise<number>;
}
