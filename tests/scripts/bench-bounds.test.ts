// The bounds the export benchmarks show next to their ratios: the payload of
// the Node floor process (a DOCX's parts uncompressed), the floor process
// itself on real files, its rows and ratio, and the warm in-process export.

import { spawnSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, inflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTimed } from '../../scripts/bench/child-process';
import {
  DEFAULT_V8_LABEL,
  FIRST_RUN_LABEL,
  FLOOR_LABEL,
  FLOOR_RATIO_LABEL,
  STARTUP_LABEL,
  WARM_BOUND_LABEL,
  WARM_LABEL,
  defaultV8Line,
  defaultV8Row,
  firstRunLine,
  firstRunRow,
  floorRows,
  machineEnvLine,
  machineEnvRow,
  pdfStreamsInflated,
  prepareFloor,
  warmBoundRows,
  warmExportRow,
  zipPartsConcatenated,
  type FloorProcess,
} from '../../scripts/bench/process-bench';
import type { BenchContext, BenchRow, MeasuredRow } from '../../scripts/bench/types';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLE = join(repoRoot, 'resources/samples/ouderbetrokkenheid-voorschool.nl.drijfveer');
const FLOOR_SCRIPT = join(repoRoot, 'scripts/bench/floor-process.mjs');
let dir: string;
let sample: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'drijfveer-bench-bounds-'));
  sample = join(dir, 'sample.drijfveer');
  await copyFile(SAMPLE, sample);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const context = (overrides: Partial<BenchContext> = {}): BenchContext => ({
  runs: 2,
  repoRoot,
  workDir: dir,
  files: { sample, xl: sample },
  log: () => undefined,
  ...overrides,
});

const reference = (median: number, p95: number): MeasuredRow => ({ kind: 'measured', label: 'reference', unit: 'ms', median, p95, runs: 3 });
const floorProcess: FloorProcess = { line: { command: 'node', args: [], cwd: '.' }, payloadBytes: 3 * 1024 * 1024 };

describe('floor payload', () => {
  it('lays every part of a zip end to end, uncompressed, in the zip order', () => {
    const parts = { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document>hallo</w:document>'.repeat(50)) };
    const zip = zipSync(parts, { level: 6 });
    const joined = zipPartsConcatenated(zip);
    expect(new TextDecoder().decode(joined)).toBe('<Types/>' + '<w:document>hallo</w:document>'.repeat(50));
    // The zip is compressed, the payload is not.
    expect(joined.length).toBeGreaterThan(zip.length);
  });

  it('rejects bytes that are not a zip', () => {
    expect(() => zipPartsConcatenated(strToU8('not a zip at all'))).toThrow();
  });
});

describe('floor process', () => {
  it('parses the project and writes the payload deflated, readable back', async () => {
    const payload = Buffer.from('Drijfveer rapport. '.repeat(5000));
    const floor = await prepareFloor(context(), payload);
    if (typeof floor === 'string') throw new Error(floor);
    expect(floor.payloadBytes).toBe(payload.length);
    const out = floor.line.args[floor.line.args.length - 1];
    const written = await readFile(out);
    expect(written.length).toBeLessThan(payload.length / 10);
    expect(inflateRawSync(written).equals(payload)).toBe(true);
  });

  it('fails on a project file that is not JSON, so the benchmark reports it instead of timing nothing', async () => {
    const broken = join(dir, 'broken.drijfveer');
    await writeFile(broken, '{"format": "drijfveer", ');
    const floor = await prepareFloor(context({ files: { sample: broken, xl: broken } }), Buffer.from('x'));
    expect(typeof floor).toBe('string');
    expect(floor).toMatch(/^not available: exit status 1/);
  });

  it('refuses JSON that is not an object and a missing argument', async () => {
    const array = join(dir, 'array.json');
    await writeFile(array, '[1, 2]');
    const notObject = spawnSync(process.execPath, [FLOOR_SCRIPT, array, array, join(dir, 'o.bin')], { encoding: 'utf8' });
    expect(notObject.status).toBe(2);
    expect(notObject.stderr).toContain('not a JSON object');
    expect(spawnSync(process.execPath, [FLOOR_SCRIPT, array], { encoding: 'utf8' }).status).toBe(64);
  });
});

describe('floor rows', () => {
  it('gives the floor times and reference ÷ floor, with the goal judged against it', () => {
    const rows = floorRows(floorProcess, [100, 120, 80], reference(2000, 2600), 8, 'the parts of the DOCX');
    expect(rows).toHaveLength(2);
    const [floor, ratio] = rows;
    expect(floor).toMatchObject({ kind: 'measured', label: FLOOR_LABEL, unit: 'ms', median: 100, p95: 120, runs: 3 });
    expect(floor.kind === 'measured' && floor.note).toBe('deflates 3.0 MB: the parts of the DOCX');
    expect(ratio).toMatchObject({ kind: 'measured', label: FLOOR_RATIO_LABEL, unit: '×', median: 20, runs: 3 });
    expect(ratio.kind === 'measured' && ratio.p95).toBeCloseTo(2600 / 120, 10);
    expect(ratio.kind === 'measured' && ratio.note).toBe('goal at least 8×: within reach of a Node process');
  });

  it('says when even the floor cannot reach the goal', () => {
    const [, ratio] = floorRows(floorProcess, [500, 500], reference(2000, 2100), 5, 'the PDF');
    expect(ratio.kind === 'measured' && ratio.median).toBe(4);
    expect(ratio.kind === 'measured' && ratio.note).toBe('goal at least 5×: out of reach even for the floor process');
  });

  it('skips the ratio without a reference, and both rows without a floor process', () => {
    const noReference = floorRows(floorProcess, [100], null, 8, 'x');
    expect(noReference.map((row) => row.kind)).toEqual(['measured', 'skipped']);
    const noFloor = floorRows('not available: exit status 1', [], reference(1, 1), 8, 'x');
    expect(noFloor).toEqual([
      { kind: 'skipped', label: FLOOR_LABEL, reason: 'not available: exit status 1' },
      { kind: 'skipped', label: FLOOR_RATIO_LABEL, reason: 'not available: needs the floor row' },
    ]);
  });
});

describe('warm in-process export', () => {
  it('exports the project repeatedly in this process and compares with the whole-process time', async () => {
    const row = await warmExportRow(context({ runs: 1 }), 'docx', reference(60_000, 60_000));
    expect(row.kind).toBe('measured');
    if (row.kind !== 'measured') return;
    expect(row.label).toBe(WARM_LABEL);
    expect(row.runs).toBe(1);
    expect(row.median).toBeGreaterThan(0);
    expect(row.note).toContain(`takes ${Math.round(60_000 - row.median)} ms more`);
  });

  it('reports an unreadable project as a skipped row with its error code', async () => {
    const missing = join(dir, 'missing.drijfveer');
    const row = await warmExportRow(context({ files: { sample: missing, xl: missing } }), 'pdf', null);
    expect(row.kind).toBe('skipped');
    expect(row.kind === 'skipped' && row.reason).toMatch(/^not available: [A-Z_]+:/);
  });
});

describe('PDF floor payload', () => {
  it('inflates every Flate stream of a PDF, in order, and skips streams that are not Flate', () => {
    const first = Buffer.from('BT /F1 12 Tf (Gemeente) Tj ET\n'.repeat(40));
    const second = Buffer.from('q 1 0 0 1 72 700 cm Q\n'.repeat(25));
    const object = (n: number, data: Buffer, filter: string) =>
      Buffer.concat([Buffer.from(`${n} 0 obj\n<< /Length ${data.length}${filter} >>\nstream\r\n`), data, Buffer.from('\nendstream\nendobj\n')]);
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.7\n'),
      object(1, deflateSync(first), ' /Filter /FlateDecode'),
      object(2, Buffer.from('plain, not compressed'), ''),
      object(3, deflateSync(second), ' /Filter /FlateDecode'),
      Buffer.from('trailer\n<< >>\n%%EOF\n'),
    ]);
    expect(Buffer.from(pdfStreamsInflated(pdf)).equals(Buffer.concat([first, second]))).toBe(true);
  });
});

describe('warm bound', () => {
  const reference: MeasuredRow = { kind: 'measured', label: 'reference', unit: 'ms', median: 2000, p95: 2400, runs: 3 };
  const warm: MeasuredRow = { kind: 'measured', label: WARM_LABEL, unit: 'ms', median: 150, p95: 200, runs: 3 };

  it('divides the reference by start-up plus the warm export, median by median and p95 by p95', () => {
    const [startup, bound] = warmBoundRows([40, 50, 60], warm, reference, 8);
    expect(startup).toMatchObject({ kind: 'measured', label: STARTUP_LABEL, median: 50 });
    expect(bound.kind).toBe('measured');
    if (bound.kind !== 'measured' || startup.kind !== 'measured') return;
    expect(bound.median).toBeCloseTo(2000 / 200, 10);
    expect(bound.p95).toBeCloseTo(2400 / (startup.p95 + 200), 10);
    expect(bound.note).toContain('within reach only if cold code cost');
  });

  it('says the goal is out of reach when even warm code cannot meet it', () => {
    const [, bound] = warmBoundRows([100, 100, 100], warm, reference, 10);
    expect(bound).toMatchObject({ kind: 'measured', label: WARM_BOUND_LABEL, median: 8 });
    expect(bound.kind === 'measured' ? bound.note : '').toContain('out of reach even with no cold cost at all');
  });

  it('skips the bound without a warm row or reference, and both rows without start-up times', () => {
    const skippedWarm: BenchRow = { kind: 'skipped', label: WARM_LABEL, reason: 'not available' };
    expect(warmBoundRows([50], skippedWarm, reference, 8).map((row) => row.kind)).toEqual(['measured', 'skipped']);
    expect(warmBoundRows([50], warm, null, 8).map((row) => row.kind)).toEqual(['measured', 'skipped']);
    expect(warmBoundRows([], warm, reference, 8).map((row) => row.kind)).toEqual(['skipped', 'skipped']);
  });
});

describe('first run without the code cache', () => {
  const cli = { command: process.execPath, args: ['dist/cli.cjs', 'export', 'xl.drijfveer', '--pdf', 'out.pdf'], cwd: repoRoot };

  it('is the same command line with the cache switched off', () => {
    const line = firstRunLine(cli);
    expect(line.args).toEqual(cli.args);
    expect(line.env).toEqual({ DRIJFVEER_COMPILE_CACHE: '0' });
  });

  it('runs the child with that environment on top of its own', () => {
    const check = `process.exit(process.env.DRIJFVEER_COMPILE_CACHE === '0' && process.env.PATH ? 0 : 3)`;
    expect(runTimed(firstRunLine({ command: process.execPath, args: ['-e', check], cwd: repoRoot })).status).toBe(0);
    expect(runTimed({ command: process.execPath, args: ['-e', check], cwd: repoRoot }).status).toBe(3);
  });

  it('shows what the cache saves against the CLI row, or why it cannot', () => {
    const cliRow: MeasuredRow = { kind: 'measured', label: 'CLI', unit: 'ms', median: 1500, p95: 1600, runs: 3 };
    const row = firstRunRow([1700, 1800, 1750], cliRow);
    expect(row).toMatchObject({ kind: 'measured', label: FIRST_RUN_LABEL, median: 1750, note: 'the code cache saves 250 ms (median)' });
    expect(firstRunRow([1700], null)).toMatchObject({ kind: 'skipped', label: FIRST_RUN_LABEL });
  });
});

describe("V8's default tuning", () => {
  it('is the same command line with the CLI told to leave V8 as it is', () => {
    const cli = { command: process.execPath, args: ['dist/cli.cjs', 'export', 'xl.drijfveer', '--pdf', 'out.pdf'], cwd: repoRoot, env: { A: '1' } };
    const line = defaultV8Line(cli);
    expect(line.args).toEqual(cli.args);
    expect(line.env).toEqual({ A: '1', DRIJFVEER_V8_TUNING: '0' });
  });

  it('shows what the tuning saves against the CLI row and the ratio V8 defaults would give', () => {
    const cliRow: MeasuredRow = { kind: 'measured', label: 'CLI', unit: 'ms', median: 1000, p95: 1100, runs: 3 };
    const office: MeasuredRow = { kind: 'measured', label: 'LibreOffice', unit: 'ms', median: 6000, p95: 6100, runs: 3 };
    expect(defaultV8Row([1190, 1200, 1210], cliRow, office, 'LibreOffice')).toMatchObject({
      kind: 'measured',
      label: DEFAULT_V8_LABEL,
      median: 1200,
      note: '200 ms more than the CLI row (median); LibreOffice ÷ this: 5.00×',
    });
    expect(defaultV8Row([1200], cliRow, null, 'pandoc').kind).toBe('measured');
    // Faster than the CLI row (noise, or a case the tuning does not help): said as less, not as a negative more.
    expect(defaultV8Row([960], cliRow, null, 'pandoc')).toMatchObject({ note: '40 ms less than the CLI row (median)' });
    expect(defaultV8Row([1200], null, office, 'LibreOffice')).toMatchObject({ kind: 'skipped', label: DEFAULT_V8_LABEL });
  });
});

describe("variables left out of the measured processes' environment", () => {
  const cli = { command: process.execPath, args: ['-e', 'process.exit(process.env.NODE_EXTRA_CA_CERTS === undefined ? 0 : 4)'], cwd: repoRoot };
  const saved = process.env.NODE_EXTRA_CA_CERTS;
  afterAll(() => {
    if (saved === undefined) delete process.env.NODE_EXTRA_CA_CERTS;
    else process.env.NODE_EXTRA_CA_CERTS = saved;
  });

  it('runs children without NODE_EXTRA_CA_CERTS, and with it only when the line sets it again', () => {
    process.env.NODE_EXTRA_CA_CERTS = join(dir, 'missing-bundle.pem');
    expect(runTimed(cli).status).toBe(0);
    const line = machineEnvLine(cli);
    expect(line?.env).toEqual({ NODE_EXTRA_CA_CERTS: join(dir, 'missing-bundle.pem') });
    expect(runTimed(line as NonNullable<typeof line>).status).toBe(4);
  });

  it('has no extra line or row on a machine that does not set it', () => {
    delete process.env.NODE_EXTRA_CA_CERTS;
    expect(machineEnvLine(cli)).toBeNull();
    expect(machineEnvRow([1500], null, null)).toBeNull();
  });

  it("shows the machine environment's cost against the CLI row and the ratio it would give", () => {
    process.env.NODE_EXTRA_CA_CERTS = '/etc/ssl/certs/bundle.crt';
    const cliRow: MeasuredRow = { kind: 'measured', label: 'CLI', unit: 'ms', median: 1300, p95: 1400, runs: 3 };
    const office: MeasuredRow = { kind: 'measured', label: 'LibreOffice', unit: 'ms', median: 6900, p95: 7000, runs: 3 };
    const row = machineEnvRow([1370, 1380, 1390], cliRow, office);
    expect(row).toMatchObject({ kind: 'measured', median: 1380, note: '80 ms more than the CLI row (median); LibreOffice ÷ this: 5.00×' });
    expect(row?.label).toContain('NODE_EXTRA_CA_CERTS');
    expect(machineEnvRow([1370], null, office)).toMatchObject({ kind: 'skipped' });
  });
});
