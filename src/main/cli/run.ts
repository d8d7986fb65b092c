// The CLI's dispatcher: global options (--lang, --help), then one subcommand.
// New subcommands (export, deliver, verify) are added to `commands` below.

import { errorMessage, serializeError } from '../../shared/errors';
import { LanguageSchema, defaultLanguage, type Language } from '../../shared/language';
import { EXIT_INPUT_REFUSED, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './io';
import { cliMessages } from './messages';
import { validateCommand } from './validate';

export const commands: readonly CliCommand[] = [validateCommand];

interface ParsedCommandLine {
  language: Language;
  help: boolean;
  positional: string[];
  problem: string | null;
}

/** Global options may appear anywhere; `--` ends option parsing (for file names starting with -). */
export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  let language: Language = defaultLanguage;
  let help = false;
  let problem: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
      const parsed = LanguageSchema.safeParse(value);
      if (parsed.success) language = parsed.data;
      else problem ??= `--lang ${value ?? ''}`.trim();
    } else if (arg.startsWith('-') && arg !== '-') problem ??= arg;
    else positional.push(arg);
  }
  return { language, help, positional, problem };
}

export async function runCli(argv: readonly string[], io: CliIo, cwd: string = process.cwd()): Promise<number> {
  const { language, help, positional, problem } = parseCommandLine(argv);
  const m = cliMessages(language);
  const usage = () => [m.usage, ...commands.map((c) => `  ${c.synopsis[language]}`), '', '  --lang nl|en'].join('\n');

  if (problem) {
    io.err(`${m.unknownOption(problem)}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  const [name, ...args] = positional;
  if (help || name === undefined) {
    (help ? io.out : io.err)(usage());
    return help ? EXIT_OK : EXIT_USAGE;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`${m.unknownCommand(name)}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run({ io, language, args, cwd });
  } catch (error) {
    const { code, params } = serializeError(error);
    io.err(`error ${code}: ${errorMessage(code, language, params)}`);
    return EXIT_INPUT_REFUSED;
  }
}
