// Kills a process that is saving in a loop with SIGKILL at random moments, many
// times over, and checks after every kill that the project file is exactly the
// last version the child confirmed or the one it was writing, never anything
// else, and that `.bak` is a complete earlier version. The child runs the real
// store code, bundled with esbuild for plain Node.
//
// SIGKILL proves atomicity against process death (crash, force quit). Power loss
// is what the fsyncs are for; that cannot be simulated here (their order and
// error handling are tested with injected failures in atomic-write.test.ts).

import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { loadProjectText } from '../../../src/shared/project-file/load';
import type { Project } from '../../../src/shared/model/project';
import { backupPathFor, isTempNameFor } from '../../../src/main/store/atomic-write';
import { readProjectFile } from '../../../src/main/store/read-project-file';
import { counterOf, expectedText } from './crash-versions';
import { tempDir } from './disk-helpers';
import { createEmptyProject } from '../../../src/shared/model/project';
import { richTextFromPlain } from '../../../src/shared/model/rich-text';

const LANES = Number(process.env.CRASH_LANES ?? 4);
const KILLS_PER_LANE = Number(process.env.CRASH_KILLS_PER_LANE ?? 50);

interface LaneStats {
  kills: number;
  confirmedSaves: number;
  /** Kills that landed after the rename but before the child could report it. */
  caughtBetweenRenameAndReport: number;
  tempFilesLeft: number;
  saveMs: number;
}

interface KillPlan {
  savesFirst: number;
  fraction: number;
  /** Current estimate of how long one save takes, in ms. */
  saveMs: () => number;
  onSaveTime: (ms: number) => void;
}

interface Child {
  /** Resolves once the child has loaded its code and waits for "go". */
  warm: Promise<void>;
  /** Lets it open the file and save; resolves with the last confirmed version after the kill. */
  run(plan: KillPlan): Promise<number | null>;
  kill(): void;
}

// Every child still alive, so none outlives the test (on failure or timeout).
const live = new Set<ChildProcess>();
let stopped = false;
afterEach(() => {
  stopped = true;
  for (const child of live) child.kill('SIGKILL');
});

function spawnChild(bundle: string, file: string): Child {
  if (stopped) throw new Error('crash test stopped');
  const child = spawn(process.execPath, [bundle, file], { stdio: ['pipe', 'pipe', 'pipe'] });
  live.add(child);
  child.on('exit', () => live.delete(child));
  let out = '';
  let err = '';
  let onOut = () => {};
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    onOut();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  child.stdin.on('error', () => undefined); // the child may be dead before it reads
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const warm = new Promise<void>((resolve, reject) => {
    onOut = () => out.includes('warm\n') && resolve();
    exited.then(() => reject(new Error(`child died before it was warm: ${err}`)), reject);
  });
  warm.catch(() => undefined); // the spare child at the end is killed cold on purpose
  return {
    warm,
    kill: () => child.kill('SIGKILL'),
    async run(plan) {
      let timer: NodeJS.Timeout | undefined;
      let lastMark = 0;
      let confirmedHere = 0;
      // Kill after `plan.savesFirst` confirmed saves, a random fraction into the next save.
      onOut = () => {
        const saves = (out.match(/^saved \d+$/gm) ?? []).length;
        if (!out.includes('ready\n')) return;
        if (lastMark === 0 || saves > confirmedHere) {
          const now = performance.now();
          if (lastMark !== 0 && saves > confirmedHere) plan.onSaveTime(now - lastMark);
          lastMark = now;
          confirmedHere = saves;
        }
        if (!timer && saves >= plan.savesFirst) timer = setTimeout(() => child.kill('SIGKILL'), plan.fraction * plan.saveMs());
      };
      child.stdin.write('go\n');
      const { code, signal } = await exited;
      clearTimeout(timer);
      if (signal !== 'SIGKILL') throw new Error(`child ended by itself (${code}): ${err}`);
      const saved = [...out.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1]));
      return saved.length ? saved[saved.length - 1] : null;
    },
  };
}

async function runLane(bundle: string, dir: string, base: Project): Promise<LaneStats> {
  const file = join(dir, 'crash.drijfveer');
  await writeFile(file, expectedText(base, 0));
  const stats: LaneStats = { kills: 0, confirmedSaves: 0, caughtBetweenRenameAndReport: 0, tempFilesLeft: 0, saveMs: 0 };
  let onDisk = 0;
  const texts = new Map<number, string>();
  const expected = (n: number): string => {
    if (!texts.has(n)) texts.set(n, expectedText(base, n));
    return texts.get(n) as string;
  };
  // The next child starts (loads its code) while the current one saves, so
  // Node's start-up time does not dominate the test.
  let next = spawnChild(bundle, file);
  let saveMs = 10;
  for (let i = 0; i < KILLS_PER_LANE; i++) {
    const current = next;
    await current.warm;
    next = spawnChild(bundle, file);
    const confirmed = await current.run({
      savesFirst: Math.floor(Math.random() * 3),
      fraction: Math.random() * 1.2,
      saveMs: () => saveMs,
      onSaveTime: (ms) => (saveMs = 0.8 * saveMs + 0.2 * ms),
    });
    stats.kills += 1;
    const lastConfirmed = confirmed ?? onDisk;
    stats.confirmedSaves += lastConfirmed - onDisk;

    // The real reader must accept the file, and its bytes must be exactly one of the two possible versions.
    const { loaded } = await readProjectFile(file);
    const n = counterOf(loaded.project);
    expect([lastConfirmed, lastConfirmed + 1]).toContain(n);
    expect(await readFile(file, 'utf8')).toBe(expected(n));
    if (n === lastConfirmed + 1) stats.caughtBetweenRenameAndReport += 1;
    if (n > 0) {
      // The backup is the version replaced last, or (killed between backup and rename) the current one.
      const bak = await readFile(backupPathFor(file), 'utf8');
      expect([expected(n - 1), expected(n)]).toContain(bak);
    }
    onDisk = n;
  }
  next.kill();
  stats.saveMs = saveMs;
  stats.tempFilesLeft = (await readdir(dir)).filter((name) => isTempNameFor('crash.drijfveer', name) || isTempNameFor('crash.drijfveer.bak', name)).length;
  return stats;
}

/**
 * ~20 kB. The kill moment is scaled by the measured save time, so kills land
 * inside saves whatever the size; small keeps each child's start-up cheap.
 */
function mediumProject(): Project {
  const p = createEmptyProject('nl', new Date('2026-01-01T00:00:00Z'));
  const line = 'Ouders willen weten wat hun kind op de voorschool leert en hoe zij thuis kunnen helpen.';
  return { ...p, context: { ...p.context, background: richTextFromPlain(Array.from({ length: 200 }, () => line).join('\n')) } };
}

describe('crash safety', () => {
  it(`SIGKILL during saves (${LANES * KILLS_PER_LANE} kills) never leaves a broken or mixed file`, { timeout: 300_000 }, async () => {
    const started = performance.now();
    // In memory (tmpfs) where there is one: a killed process loses nothing from
    // the page cache, so the outcome is the same as on a disk, and the test does
    // not wait for fsyncs on a busy disk. Rename semantics are those of any Linux fs.
    const work = await tempDir('drijfveer-crash-', existsSync('/dev/shm') ? '/dev/shm' : tmpdir());
    const bundle = join(work, 'crash-child.mjs');
    await build({
      entryPoints: [join(__dirname, 'crash-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: bundle,
      logLevel: 'silent',
      minify: true,
      // lowdb and friends are ESM; a `require` shim keeps any CommonJS dependency working.
      banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    });

    // Normalise the base project through a save/load round trip, as the child will see it.
    const base = loadProjectText(expectedText(mediumProject(), 0)).project;
    const lanes = await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        const dir = join(work, `lane-${lane}`);
        await (await import('node:fs/promises')).mkdir(dir);
        return runLane(bundle, dir, base);
      }),
    );

    const total = lanes.reduce(
      (sum, s) => ({
        kills: sum.kills + s.kills,
        confirmedSaves: sum.confirmedSaves + s.confirmedSaves,
        caughtBetweenRenameAndReport: sum.caughtBetweenRenameAndReport + s.caughtBetweenRenameAndReport,
        tempFilesLeft: sum.tempFilesLeft + s.tempFilesLeft,
      }),
      { kills: 0, confirmedSaves: 0, caughtBetweenRenameAndReport: 0, tempFilesLeft: 0 },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const saveMs = (lanes.reduce((sum, s) => sum + s.saveMs, 0) / lanes.length).toFixed(1);
    console.log(
      `[crash-safety] ${total.kills} SIGKILLs in ${seconds} s (${LANES} lanes, ~${saveMs} ms a save); ${total.confirmedSaves} confirmed saves; ` +
        `${total.caughtBetweenRenameAndReport} kills after rename before report; ` +
        `${total.tempFilesLeft} temp files left by kills mid-write; file always old or new version`,
    );
    expect(total.kills).toBeGreaterThanOrEqual(LANES * KILLS_PER_LANE);
    // The kills must actually have landed during saving, not only before the first one.
    expect(total.confirmedSaves).toBeGreaterThan(total.kills / 2);
    expect(total.tempFilesLeft).toBeGreaterThan(0);
  });
});
