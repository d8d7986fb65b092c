import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/main/cli/run';
import { createEmptyProject } from '../../src/shared/model/project';
import { CURRENT_FORMAT_VERSION } from '../../src/shared/project-file/envelope';
import { serializeProject } from '../../src/shared/project-file/serialize';
import { docxHeadings, docxPlainText } from './export/docx-readers';

const repoRoot = resolve(__dirname, '..', '..');
const bundle = join(repoRoot, 'dist', 'cli.cjs');
let dir: string;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [bundle, ...args], { cwd: dir }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolvePromise({ status, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  // Test the bundle users run, built from the current sources.
  execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-node.mjs'), '--quiet'], { cwd: repoRoot });
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-cli-'));

  const project = createEmptyProject('nl');
  project.assignment.title = 'Ouderbetrokkenheid';
  project.assignment.authors = [{ id: 'a1', name: 'Anna', role: 'adviseur' }];
  project.deskResearch.sources = [1, 2, 3].map((n) => ({ ...minimalSource(), id: `s${n}`, title: `Bron ${n}` }));
  await writeFile(join(dir, 'goed.drijfveer'), serializeProject(project, 'test'));

  const delivered = createEmptyProject('en');
  delivered.delivery = { deliveredAt: '2026-01-05T10:00:00.000Z', deliveredBy: 'Anna', fingerprint: { algorithm: 'sha-256', value: 'a'.repeat(64) }, pseudonymised: true };
  await writeFile(join(dir, 'opgeleverd.drijfveer'), serializeProject(delivered, 'test'));

  const v1 = JSON.parse(await readFile(join(repoRoot, 'tests', 'fixtures', 'migrations', 'v1-to-v2-rich-text.before.json'), 'utf8')) as unknown;
  await writeFile(join(dir, 'oud.drijfveer'), JSON.stringify({ format: 'drijfveer', version: 1, savedWith: 'Drijfveer 0.0.1', project: v1 }));

  const good = await readFile(join(dir, 'goed.drijfveer'), 'utf8');
  await writeFile(join(dir, 'afgekapt.drijfveer'), good.slice(0, Math.floor(good.length / 2)));
  await writeFile(join(dir, 'plaatje.drijfveer'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  await writeFile(join(dir, 'leeg.drijfveer'), '');
  await writeFile(join(dir, 'diep.drijfveer'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
  await writeFile(join(dir, 'anders.drijfveer'), JSON.stringify({ hello: 'world' }));
  await writeFile(join(dir, 'nieuw.drijfveer'), JSON.stringify({ format: 'drijfveer', version: CURRENT_FORMAT_VERSION + 5, savedWith: 'Drijfveer 9', project: { totally: 'different' } }));
  await writeFile(join(dir, 'vervuild.drijfveer'), good.replace('"project": {', '"project": {"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}},'));
  await mkdir(join(dir, 'map.drijfveer'));
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function minimalSource() {
  return {
    id: '', type: 'report' as const, authors: [], year: '2021', title: '', containerTitle: '', editors: [], edition: '',
    volume: '', issue: '', pages: '', publisher: '', place: '', url: '', doi: '', accessed: '', note: '', citationKey: '',
  };
}

describe('cli validate: good files', () => {
  it('prints the format version, migration, read-only state and item counts per step (Dutch by default)', async () => {
    const run = await cli('validate', 'goed.drijfveer');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`bestand: ${join(dir, 'goed.drijfveer')}`);
    expect(run.stdout).toContain(`bestandsversie: ${CURRENT_FORMAT_VERSION}`);
    expect(run.stdout).toContain('omgezet: nee');
    expect(run.stdout).toContain('alleen-lezen: nee');
    expect(run.stdout).toMatch(/Opdracht: authors 1/);
    expect(run.stdout).toMatch(/Deskresearch: sources 3, findings 0, theories 0/);
  });

  it('reports a delivered project as read-only, in English with --lang en', async () => {
    const run = await cli('--lang', 'en', 'validate', 'opgeleverd.drijfveer');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('read-only: yes (delivered)');
    expect(run.stdout).toContain('items per step:');
  });

  it('reports that an older file was migrated, and from which version', async () => {
    const run = await cli('validate', 'oud.drijfveer', '--lang=en');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('format version: 1');
    expect(run.stdout).toContain('migrated: yes, from version 1');
  });

  it('drops prototype-polluting keys instead of acting on them', async () => {
    const run = await cli('validate', 'vervuild.drijfveer');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Deskresearch: sources 3');
  });
});

describe.concurrent('cli validate: hostile and broken files exit 2 with the app’s coded message', () => {
  it.each([
    ['afgekapt.drijfveer', 'FILE_TRUNCATED'],
    ['plaatje.drijfveer', 'FILE_BINARY'],
    ['leeg.drijfveer', 'FILE_EMPTY'],
    ['diep.drijfveer', 'FILE_TOO_DEEP'],
    ['anders.drijfveer', 'FILE_NOT_PROJECT'],
    ['nieuw.drijfveer', 'FILE_VERSION_TOO_NEW'],
    ['map.drijfveer', 'FILE_IS_DIRECTORY'],
    ['bestaat-niet.drijfveer', 'FILE_NOT_FOUND'],
  ])('%s → %s', async (name, code) => {
    const run = await cli('validate', name);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(new RegExp(`^error ${code}: \\S`));
  });

  it('speaks English with --lang en', async () => {
    const nl = await cli('validate', 'leeg.drijfveer');
    const en = await cli('validate', 'leeg.drijfveer', '--lang', 'en');
    expect(nl.stderr).toContain('Het bestand is leeg');
    expect(en.stderr).toContain('The file is empty');
  });
});

describe.concurrent('cli usage errors exit 64', () => {
  it.each([
    [[], 'no command'],
    [['frobnicate'], 'unknown command'],
    [['validate'], 'missing file'],
    [['validate', 'a', 'b'], 'too many files'],
    [['validate', 'goed.drijfveer', '--bogus'], 'unknown option'],
    [['--lang', 'de', 'validate', 'goed.drijfveer'], 'unknown language'],
  ])('%j (%s)', async (args) => {
    const run = await cli(...args);
    expect(run.status).toBe(64);
    expect(run.stdout).toBe('');
    expect(run.stderr.length).toBeGreaterThan(0);
  });

  it('prints usage with --help and exits 0', async () => {
    const run = await cli('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('validate <bestand>');
  });

  it('treats everything after -- as a file name', () => {
    expect(parseCommandLine(['validate', '--', '--raar.drijfveer']).positional).toEqual(['validate', '--raar.drijfveer']);
    expect(parseCommandLine(['validate', '--', '--raar.drijfveer']).problem).toBeNull();
  });
});

describe('cli export', () => {
  const sample = join(repoRoot, 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer');

  it('writes the DOCX of a project, prints path, size and time, and pandoc reads its title', async () => {
    const run = await cli('export', sample, '--docx', 'uit/../rapport.docx');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = join(dir, 'rapport.docx');
    expect(run.stdout).toContain(`geëxporteerd: ${out}`);
    expect(run.stdout).toMatch(/grootte: \d+(\.\d)? kB \(\d+ bytes\)/);
    expect(run.stdout).toMatch(/tijd: \d+\.\d\d s/);
    const text = await docxPlainText(out);
    const title = JSON.parse(await readFile(sample, 'utf8')).project.assignment.title as string;
    expect(text).toContain(title);
  });

  it('exports in English with --lang en (chapter titles change, the messages too)', async () => {
    const run = await cli('export', sample, '--lang', 'en', '--docx=en.docx');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('report language: en');
    const headings = await docxHeadings(join(dir, 'en.docx'));
    expect(headings.some((h) => /References|Advice/.test(h))).toBe(true);
  });

  it('uses the project\'s report language without --lang', async () => {
    const run = await cli('export', 'goed.drijfveer', '--docx', 'goed.docx');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('rapporttaal: nl');
  });

  it('writes the PDF of a project with --pdf: pdfinfo reads its title, language and pages', async () => {
    const run = await cli('export', sample, '--pdf', 'rapport.pdf', '--lang', 'en', '--comments');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = join(dir, 'rapport.pdf');
    expect(run.stdout).toContain(`exported: ${out}`);
    const info = execFileSync('pdfinfo', [out], { encoding: 'utf8' });
    const title = JSON.parse(await readFile(sample, 'utf8')).project.assignment.title as string;
    expect(info).toMatch(new RegExp(`^Title:\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    expect(Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1])).toBeGreaterThan(5);
    expect(execFileSync('pdftotext', [out, '-'], { encoding: 'utf8' })).toContain('References');
  });

  it('refuses a bad project file with its code and exit 2, writing nothing', async () => {
    const run = await cli('export', 'afgekapt.drijfveer', '--docx', 'kapot.docx');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error FILE_[A-Z_]+: /);
    await expect(readFile(join(dir, 'kapot.docx'))).rejects.toThrow();
  });

  it('exits 73 with a coded message when the output cannot be written', async () => {
    const run = await cli('export', sample, '--docx', join('bestaat-niet', 'rapport.docx'));
    expect(run.status).toBe(73);
    expect(run.stderr).toMatch(/^error [A-Z_]+: /);
  });

  it.each([
    [['export', sample], 'no format'],
    [['export', '--docx', 'a.docx'], 'no project file'],
    [['export', sample, '--docx'], 'no output file'],
    [['export', sample, '--docx', 'a.docx', '--pdf', 'a.pdf'], 'two formats'],
    [['export', sample, 'b', '--docx', 'a.docx'], 'two project files'],
    [['validate', 'goed.drijfveer', '--docx', 'a.docx'], 'export option on validate'],
  ])('usage error %j (%s) exits 64', async (args) => {
    const run = await cli(...args);
    expect(run.status).toBe(64);
    expect(run.stdout).toBe('');
    expect(run.stderr.length).toBeGreaterThan(0);
  });

  it('parses command options in either form and keeps -- file names', () => {
    expect(parseCommandLine(['export', 'p.drijfveer', '--docx=a.docx']).options).toEqual({ docx: 'a.docx' });
    expect(parseCommandLine(['export', '--docx', 'a.docx', '--', '--p.drijfveer'])).toMatchObject({
      options: { docx: 'a.docx' },
      positional: ['export', '--p.drijfveer'],
      languageGiven: false,
    });
  });
});
