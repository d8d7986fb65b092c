// `drijfveer export <file> --docx <out> [--lang en]`: the report of a project
// file, built and rendered by the same code the app's Export button uses, and
// written atomically (a failed export never leaves half a file behind).
// Without --lang the report is in the project's own report language.

import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { exportReport } from '../export/export-report';
import { writeFileAtomic } from '../store/atomic-write';
import { readProjectFile } from '../store/read-project-file';
import { expectArguments, printError } from './args';
import { EXIT_CANT_CREATE, EXIT_OK, EXIT_USAGE, type CliCommand } from './io';
import { cliMessages } from './messages';

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export const exportCommand: CliCommand = {
  name: 'export',
  synopsis: {
    nl: 'export <bestand> --docx|--pdf <uit> [--comments]   exporteer het rapport (met open opmerkingen)',
    en: 'export <file> --docx|--pdf <out> [--comments]      export the report (with open comments)',
  },
  options: { docx: 'value', pdf: 'value', comments: 'flag' },
  async run({ io, language, languageGiven, args, options, cwd }) {
    const m = cliMessages(language);
    if (!expectArguments(io, args, [m.missingFile], m.tooManyArguments)) return EXIT_USAGE;
    const targets = (['docx', 'pdf'] as const).filter((format) => typeof options[format] === 'string');
    if (targets.length === 0) {
      io.err(m.exportNeedsFormat);
      return EXIT_USAGE;
    }
    if (targets.length > 1) {
      io.err(m.exportOneFormat);
      return EXIT_USAGE;
    }
    const format = targets[0];
    const started = performance.now();
    const { loaded } = await readProjectFile(resolve(cwd, args[0]));
    const reportLanguage = languageGiven ? language : loaded.project.assignment.reportLanguage;
    const bytes = await exportReport(loaded.project, { format, language: reportLanguage, comments: options.comments === true });
    const out = resolve(cwd, options[format] as string);
    try {
      await writeFileAtomic(out, bytes);
    } catch (error) {
      printError(io, error, language);
      return EXIT_CANT_CREATE;
    }
    const seconds = (performance.now() - started) / 1000;
    io.out(`${m.exported}: ${out}`);
    io.out(`${m.size}: ${formatSize(bytes.byteLength)} (${bytes.byteLength} bytes)`);
    io.out(`${m.reportLanguage}: ${reportLanguage}`);
    io.out(`${m.time}: ${seconds.toFixed(2)} s`);
    return EXIT_OK;
  },
};
