// `deliver` and `verify` on the command line, in-process through runCli (as the
// bundle runs it) and once through the bundle users start with `npm run cli`.
// The delivered sample is scanned byte for byte for every respondent name,
// e-mail address and phone number that the sample project itself holds.

import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_ALTERED, EXIT_NOT_DELIVERED } from '../../src/main/cli/deliver';
import { runCli } from '../../src/main/cli/run';
import { sha256Hex } from '../../src/main/store/read-project-file';
import { addComment } from '../../src/shared/review/comments';
import { loadProjectText } from '../../src/shared/project-file/load';
import { serializeProject } from '../../src/shared/project-file/serialize';

const repoRoot = resolve(__dirname, '..', '..');
const samplePath = join(repoRoot, 'resources', 'samples', 'ouderbetrokkenheid-voorschool.nl.drijfveer');
let dir: string;

async function cli(...args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, dir);
  return { status, stdout: out.join('\n'), stderr: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-deliver-'));
  await writeFile(join(dir, 'advies.drijfveer'), await readFile(samplePath));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Every respondent's name, e-mail address and phone number in the sample, as found in the project. */
async function personalData(): Promise<string[]> {
  const project = loadProjectText(await readFile(samplePath, 'utf8')).project;
  return project.partners.interviews
    .flatMap((i) => [i.respondent.name, i.respondent.email, i.respondent.phone])
    .filter((s) => s.trim() !== '');
}

/** One character of the project title changed, directly in the file's text. */
function alterOneByte(text: string): string {
  const title = loadProjectText(text).project.assignment.title;
  const at = text.indexOf(JSON.stringify(title)) + 1;
  const swapped = text[at] === 'X' ? 'Y' : 'X';
  return text.slice(0, at) + swapped + text.slice(at + 1);
}

describe('cli deliver', () => {
  it('writes a delivered file without any respondent name, e-mail address or phone number, leaving the input alone', async () => {
    const inputHash = sha256Hex(await readFile(join(dir, 'advies.drijfveer')));
    const run = await cli('deliver', 'advies.drijfveer', 'gemeente.drijfveer', '--by', 'Marleen Verhoef');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`opgeleverd: ${join(dir, 'gemeente.drijfveer')}`);
    expect(run.stdout).toContain('door: Marleen Verhoef');
    expect(run.stdout).toMatch(/vingerafdruk \(SHA-256\): [0-9a-f]{64}/);

    const bytes = await readFile(join(dir, 'gemeente.drijfveer'));
    const personal = await personalData();
    expect(personal.length).toBeGreaterThanOrEqual(30);
    for (const value of personal) {
      expect(bytes.includes(Buffer.from(value, 'utf8')), value).toBe(false);
      expect(bytes.includes(Buffer.from(JSON.stringify(value).slice(1, -1), 'utf8')), value).toBe(false);
    }
    const delivered = loadProjectText(bytes.toString('utf8'));
    expect(delivered.readOnly).toBe('delivered');
    expect(delivered.project.assignment.status).toBe('delivered');
    expect(delivered.project.partners.interviews.map((i) => i.respondent.name).slice(0, 3)).toEqual(['Respondent 1', 'Respondent 2', 'Respondent 3']);
    expect(sha256Hex(await readFile(join(dir, 'advies.drijfveer')))).toBe(inputHash);
  });

  it('names the first author when --by is not given, and speaks English with --lang en', async () => {
    const run = await cli('deliver', 'advies.drijfveer', 'zonder-by.drijfveer', '--lang', 'en');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('by: Marleen Verhoef');
    expect(run.stdout).toContain('respondents pseudonymised: 12');
  });

  it('refuses a missing output file and the input as output (usage errors), writing nothing', async () => {
    const before = await readFile(join(dir, 'advies.drijfveer'));
    const missing = await cli('deliver', 'advies.drijfveer');
    expect(missing.status).toBe(64);
    expect(missing.stderr).toContain('opleverbestand');
    const same = await cli('deliver', 'advies.drijfveer', './advies.drijfveer');
    expect(same.status).toBe(64);
    expect(same.stderr).toContain('COPY_WOULD_REPLACE_PROJECT');
    expect(await readFile(join(dir, 'advies.drijfveer'))).toEqual(before);
  });

  it('refuses a file that is not a project with its coded error', async () => {
    await writeFile(join(dir, 'kapot.drijfveer'), '{"format":"drijfveer"');
    const run = await cli('deliver', 'kapot.drijfveer', 'uit.drijfveer');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error FILE_/);
  });
});

describe('cli verify', () => {
  beforeAll(async () => {
    await cli('deliver', 'advies.drijfveer', 'te-controleren.drijfveer', '--by', 'Marleen Verhoef');
  });

  it('exits 0 for an unaltered delivered file, also after someone added a comment', async () => {
    const run = await cli('verify', 'te-controleren.drijfveer');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('uitkomst: ongewijzigd');
    expect(run.stdout).toContain('door: Marleen Verhoef');

    const loaded = loadProjectText(await readFile(join(dir, 'te-controleren.drijfveer'), 'utf8')).project;
    const commented = addComment(loaded, {
      target: { kind: 'section', stepId: 'advice', itemId: null, quote: '' }, author: { name: 'Gemeente', role: 'beleid' },
      body: 'Dank!', now: new Date(),
    }).project;
    await writeFile(join(dir, 'met-opmerking.drijfveer'), serializeProject({ ...commented, updatedAt: new Date().toISOString() }, 'test'));
    expect((await cli('verify', 'met-opmerking.drijfveer')).status).toBe(0);
  });

  it('exits with its own status when one byte of the content was changed', async () => {
    const text = await readFile(join(dir, 'te-controleren.drijfveer'), 'utf8');
    await writeFile(join(dir, 'gewijzigd.drijfveer'), alterOneByte(text));
    const run = await cli('verify', 'gewijzigd.drijfveer', '--lang', 'en');
    expect(run.status).toBe(EXIT_ALTERED);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toContain('result: ALTERED');
  });

  it('exits with another status for a project that was never delivered, and 2 for an unreadable file', async () => {
    const run = await cli('verify', 'advies.drijfveer');
    expect(run.status).toBe(EXIT_NOT_DELIVERED);
    expect(run.status).not.toBe(EXIT_ALTERED);
    expect(run.stderr).toContain('error NOT_DELIVERED');
    expect((await cli('verify', 'bestaat-niet.drijfveer')).status).toBe(2);
    expect((await cli('verify')).status).toBe(64);
  });
});

describe('the bundle (npm run cli)', () => {
  it('delivers and verifies, with the same exit statuses', async () => {
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build-node.mjs'), '--quiet'], { cwd: repoRoot });
    const bundle = (...args: string[]) => new Promise<number>((done) => {
      execFile(process.execPath, [join(repoRoot, 'dist', 'cli.cjs'), ...args], { cwd: dir }, (error) => {
        done(error ? (typeof error.code === 'number' ? error.code : -1) : 0);
      });
    });
    expect(await bundle('deliver', 'advies.drijfveer', 'bundel.drijfveer', '--by', 'M. Verhoef')).toBe(0);
    expect(await bundle('verify', 'bundel.drijfveer')).toBe(0);
    await writeFile(join(dir, 'bundel-gewijzigd.drijfveer'), alterOneByte(await readFile(join(dir, 'bundel.drijfveer'), 'utf8')));
    expect(await bundle('verify', 'bundel-gewijzigd.drijfveer')).toBe(EXIT_ALTERED);
    expect(await bundle('verify', 'advies.drijfveer')).toBe(EXIT_NOT_DELIVERED);
  }, 60_000);
});
