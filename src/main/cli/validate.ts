// `drijfveer validate <file>`: opens a project file exactly as the app does and
// reports what it found — the format version, whether it was migrated, why it
// would open read-only, and how many items each step holds. Refusals print the
// same coded message the app shows.

import { resolve } from 'node:path';
import { itemCounts } from '../../shared/model/counts';
import { stepIds } from '../../shared/model/steps';
import { readProjectFile } from '../store/read-project-file';
import { expectArguments } from './args';
import { EXIT_OK, EXIT_USAGE, type CliCommand } from './io';
import { cliMessages } from './messages';

export const validateCommand: CliCommand = {
  name: 'validate',
  synopsis: {
    nl: 'validate <bestand>   controleer een projectbestand en tel de onderdelen per stap',
    en: 'validate <file>      check a project file and count the items per step',
  },
  async run({ io, language, args, cwd }) {
    const m = cliMessages(language);
    if (!expectArguments(io, args, [m.missingFile], m.tooManyArguments)) return EXIT_USAGE;
    const path = resolve(cwd, args[0]);
    const { loaded } = await readProjectFile(path);

    io.out(`${m.file}: ${path}`);
    io.out(`${m.formatVersion}: ${loaded.fileFormatVersion}`);
    io.out(`${m.migrated}: ${loaded.migratedFrom === null ? m.no : m.migratedFrom(loaded.migratedFrom)}`);
    io.out(`${m.readOnly}: ${loaded.readOnly === null ? m.no : m.readOnlyReasons[loaded.readOnly]}`);
    io.out(`${m.itemsPerStep}:`);
    const counts = itemCounts(loaded.project);
    for (const step of stepIds) {
      const entries = Object.entries(counts[step] ?? {});
      const text = entries.length === 0 ? m.none : entries.map(([key, n]) => `${key} ${n}`).join(', ');
      io.out(`  ${m.steps[step]}: ${text}`);
    }
    return EXIT_OK;
  },
};
