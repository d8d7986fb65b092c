// The CLI's dispatcher: global options (--lang, --help), then one subcommand
// with its own options. New subcommands are added to `commands` below.

import { LanguageSchema, defaultLanguage, type Language } from '../../shared/language';
import { printError } from './args';
import { exportCommand } from './export';
import { deliverCommand, verifyCommand } from './deliver';
import { EXIT_INPUT_REFUSED, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './io';
import { cliMessages } from './messages';
import { validateCommand } from './validate';

export const commands: readonly CliCommand[] = [validateCommand, exportCommand, deliverCommand, verifyCommand];

interface ParsedCommandLine {
  language: Language;
  languageGiven: boolean;
  help: boolean;
  positional: string[];
  /** Command options seen, by name without "--" (validated against the chosen command later). */
  options: Record<string, string | true>;
  problem: string | null;
}

/** Every command option any command declares; which command may use it is checked after parsing. */
function declaredOptions(list: readonly CliCommand[]): Map<string, 'value' | 'flag'> {
  const all = new Map<string, 'value' | 'flag'>();
  for (const command of list) for (const [name, kind] of Object.entries(command.options ?? {})) all.set(name, kind);
  return all;
}

/** Options may appear anywhere; `--` ends option parsing (for file names starting with -). */
export function parseCommandLine(argv: readonly string[], list: readonly CliCommand[] = commands): ParsedCommandLine {
  const known = declaredOptions(list);
  let language: Language = defaultLanguage;
  let languageGiven = false;
  let help = false;
  let problem: string | null = null;
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const named = /^--([a-z][a-z-]*)(?:=(.*))?$/s.exec(arg);
    if (arg === '--help' || arg === '-h') help = true;
    else if (named?.[1] === 'lang') {
      const value = named[2] ?? argv[++i];
      const parsed = LanguageSchema.safeParse(value);
      if (parsed.success) {
        language = parsed.data;
        languageGiven = true;
      } else problem ??= `--lang ${value ?? ''}`.trim();
    } else if (named && known.has(named[1])) {
      const [, name, inline] = named;
      if (known.get(name) === 'flag') {
        if (inline === undefined) options[name] = true;
        else problem ??= arg;
      } else {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') problem ??= arg;
        else options[name] = value;
      }
    } else if (arg.startsWith('-') && arg !== '-') problem ??= arg;
    else positional.push(arg);
  }
  return { language, languageGiven, help, positional, options, problem };
}

export async function runCli(argv: readonly string[], io: CliIo, cwd: string = process.cwd()): Promise<number> {
  const { language, languageGiven, help, positional, options, problem } = parseCommandLine(argv);
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
  const foreign = Object.keys(options).find((option) => !Object.hasOwn(command.options ?? {}, option));
  if (foreign !== undefined) {
    io.err(`${m.unknownOption(`--${foreign}`)}\n\n${usage()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run({ io, language, languageGiven, args, options, cwd });
  } catch (error) {
    printError(io, error, language);
    return EXIT_INPUT_REFUSED;
  }
}
