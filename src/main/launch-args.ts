// Which project file the OS asked us to open. On Windows and Linux the path is
// a command-line argument (also when a second instance hands its argv over);
// macOS sends an 'open-file' event instead.

import { extname, resolve } from 'node:path';

/** The last `.drijfveer` argument that is not a switch, made absolute; null when there is none. */
export function projectPathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (let i = argv.length - 1; i >= 1; i -= 1) {
    const arg = argv[i];
    if (arg.startsWith('-')) continue;
    if (extname(arg).toLowerCase() === '.drijfveer') return resolve(workingDirectory, arg);
  }
  return null;
}
