// `drijfveer deliver <project file> <out file> [--by <name>]` and
// `drijfveer verify <file>`: the app's File → Deliver and the check a
// municipality can run on what it received, over the same shared code.
// Deliver never changes its input: the delivered file is a new file, written
// atomically, and may not be the input itself. Verify exits 0 only when the
// content matches the recorded fingerprint, with its own status for "altered"
// and for "not a delivered file", so scripts can tell the three apart.

import { basename, resolve } from 'node:path';
import { version } from '../../../package.json';
import { AppError } from '../../shared/errors';
import { deliverProject } from '../../shared/delivery/deliver';
import { verifyDelivered } from '../../shared/delivery/fingerprint';
import { serializeProject } from '../../shared/project-file/serialize';
import { writeFileAtomic } from '../store/atomic-write';
import { readProjectFile } from '../store/read-project-file';
import { expectArguments, printError } from './args';
import { EXIT_CANT_CREATE, EXIT_OK, EXIT_USAGE, type CliCommand } from './io';
import { cliMessages } from './messages';
import { deliveryMessages } from './delivery-messages';

/** The content no longer matches the fingerprint recorded at delivery. */
export const EXIT_ALTERED = 1;
/** The file opened fine but was never delivered: there is nothing to verify. */
export const EXIT_NOT_DELIVERED = 3;

/** Stamped into delivered files as `savedWith`, as the app does. */
const savedWith = version;

export const deliverCommand: CliCommand = {
  name: 'deliver',
  synopsis: {
    nl: 'deliver <bestand> <uit> [--by <naam>]   maak het opleverbestand voor de gemeente',
    en: 'deliver <file> <out> [--by <name>]     make the delivery file for the municipality',
  },
  options: { by: 'value' },
  async run({ io, language, args, options, cwd }) {
    const m = cliMessages(language);
    const d = deliveryMessages(language);
    if (!expectArguments(io, args, [m.missingFile, d.missingOutFile], m.tooManyArguments)) return EXIT_USAGE;
    const input = resolve(cwd, args[0]);
    const out = resolve(cwd, args[1]);
    if (input === out) {
      printError(io, new AppError('COPY_WOULD_REPLACE_PROJECT', { fileName: basename(input) }), language);
      return EXIT_USAGE;
    }
    const { loaded } = await readProjectFile(input);
    const project = loaded.project;
    const by = typeof options.by === 'string' ? options.by : (project.assignment.authors[0]?.name ?? '');
    const delivered = await deliverProject(project, { now: new Date(), deliveredBy: by, language: project.assignment.reportLanguage });
    try {
      await writeFileAtomic(out, serializeProject(delivered, savedWith));
    } catch (error) {
      printError(io, error, language);
      return EXIT_CANT_CREATE;
    }
    const record = delivered.delivery as NonNullable<typeof delivered.delivery>;
    io.out(`${d.delivered}: ${out}`);
    io.out(`${d.deliveredBy}: ${record.deliveredBy || '—'}`);
    io.out(`${d.deliveredAt}: ${record.deliveredAt}`);
    io.out(`${d.respondents}: ${delivered.partners.interviews.length}`);
    io.out(`${d.fingerprint}: ${record.fingerprint.value}`);
    return EXIT_OK;
  },
};

export const verifyCommand: CliCommand = {
  name: 'verify',
  synopsis: {
    nl: 'verify <bestand>                 controleer of een opgeleverd bestand ongewijzigd is',
    en: 'verify <file>                    check whether a delivered file is unaltered',
  },
  async run({ io, language, args, cwd }) {
    const m = cliMessages(language);
    const d = deliveryMessages(language);
    if (!expectArguments(io, args, [m.missingFile], m.tooManyArguments)) return EXIT_USAGE;
    const path = resolve(cwd, args[0]);
    const { loaded } = await readProjectFile(path);
    const check = await verifyDelivered(loaded.project);
    io.out(`${m.file}: ${path}`);
    if (check.status === 'not-delivered') {
      printError(io, new AppError('NOT_DELIVERED', { fileName: basename(path) }), language);
      return EXIT_NOT_DELIVERED;
    }
    io.out(`${d.deliveredAt}: ${check.deliveredAt}`);
    io.out(`${d.deliveredBy}: ${check.deliveredBy || '—'}`);
    io.out(`${d.fingerprint}: ${loaded.project.delivery?.fingerprint.value ?? ''}`);
    io.out(`${d.result}: ${check.status === 'unaltered' ? d.unaltered : d.altered}`);
    return check.status === 'unaltered' ? EXIT_OK : EXIT_ALTERED;
  },
};
