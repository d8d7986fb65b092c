// Files a user (or a mistake) may put in front of "Open": each must give a coded
// error, never a crash or a hang, and the file must stay byte-for-byte as it was.

import { execFileSync } from 'node:child_process';
import { mkdir, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { createEmptyProject } from '../../../src/shared/model/project';
import { CURRENT_FORMAT_VERSION } from '../../../src/shared/project-file/envelope';
import { MAX_PROJECT_FILE_BYTES } from '../../../src/shared/project-file/limits';
import { serializeProject } from '../../../src/shared/project-file/serialize';
import { createProjectStore } from '../../../src/main/store/project-store';
import { realFs, type FsLike } from '../../../src/main/store/fs-like';
import { listing, sha256Of, tempDir } from './disk-helpers';

const validText = () => serializeProject(createEmptyProject('nl', new Date('2026-01-01T00:00:00Z')), '0.1.0');

/** Deterministic pseudo-random bytes (a fixed-seed LCG), so a run can be repeated. */
function pseudoRandomBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
  Buffer.from('0000000a49444154789c6300010000050001', 'hex'),
]);
// A real (empty-entry) zip: local header, central directory, end record.
const zip = Buffer.concat([
  Buffer.from('504b0304140000000000000000000000000000000000000000000500000061', 'hex'),
  Buffer.from('2e747874', 'hex'),
  Buffer.from('504b0506000000000000000000000000000000000000', 'hex'),
]);

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

type Case = { name: string; content: () => Uint8Array | string; code: string | null };

const cases: Case[] = [
  { name: 'empty file', content: () => '', code: 'FILE_EMPTY' },
  { name: 'only a UTF-8 BOM', content: () => Buffer.from([0xef, 0xbb, 0xbf]), code: 'FILE_EMPTY' },
  { name: 'truncated project', content: () => validText().slice(0, Math.floor(validText().length / 2)), code: 'FILE_TRUNCATED' },
  { name: 'plain text, not JSON', content: () => 'Dit is een verslag, geen JSON.\n', code: 'FILE_NOT_JSON' },
  { name: 'null at the top level', content: () => 'null', code: 'FILE_NOT_PROJECT' },
  { name: 'array at the top level', content: () => '[{"format":"drijfveer"}]', code: 'FILE_NOT_PROJECT' },
  { name: 'number at the top level', content: () => '42', code: 'FILE_NOT_PROJECT' },
  { name: 'JSON object of another program', content: () => '{"name":"package","version":"1.0.0"}', code: 'FILE_NOT_PROJECT' },
  { name: 'envelope with a string as project', content: () => '{"format":"drijfveer","version":2,"project":"x"}', code: 'FILE_NOT_PROJECT' },
  {
    name: 'newer version that no longer fits',
    content: () => JSON.stringify({ format: 'drijfveer', version: CURRENT_FORMAT_VERSION + 5, project: { id: 7 } }),
    code: 'FILE_VERSION_TOO_NEW',
  },
  {
    name: 'invalid project data',
    content: () => validText().replace('"status": "draft"', '"status": "klaar"'),
    code: 'FILE_INVALID_PROJECT',
  },
  { name: '100,000-deep nesting', content: () => `${'['.repeat(100_000)}${']'.repeat(100_000)}`, code: 'FILE_TOO_DEEP' },
  { name: 'deep nesting inside a project', content: () => validText().replace('"project": {', `"deep": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}, "project": {`), code: 'FILE_TOO_DEEP' },
  { name: 'random binary', content: () => pseudoRandomBytes(64 * 1024), code: 'FILE_BINARY' },
  { name: 'a PNG renamed to .drijfveer', content: () => png, code: 'FILE_BINARY' },
  { name: 'a ZIP renamed to .drijfveer', content: () => zip, code: 'FILE_BINARY' },
  { name: 'a PDF renamed to .drijfveer', content: () => '%PDF-1.7\n%âãÏÓ\n1 0 obj\n', code: 'FILE_BINARY' },
  { name: 'UTF-16 without BOM', content: () => Buffer.from(validText(), 'utf16le'), code: 'FILE_BINARY' },
  { name: 'UTF-16 with an odd byte count', content: () => Buffer.concat([utf16le('{"a":1}'), Buffer.from([0x41])]), code: 'FILE_ENCODING' },
  { name: 'invalid UTF-8 (Windows-1252 é)', content: () => Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]), code: 'FILE_ENCODING' },
  { name: 'UTF-8 with BOM (valid project)', content: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(validText())]), code: null },
  { name: 'UTF-16 LE with BOM (valid project)', content: () => utf16le(validText()), code: null },
];

async function openCode(store: ReturnType<typeof createProjectStore>, path: string): Promise<string | null> {
  try {
    await store.open(path);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
}

describe('opening hostile files', () => {
  afterEach(() => {
    // The prototype-pollution case must never leak into other tests.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  for (const c of cases) {
    it(`${c.name} → ${c.code ?? 'opens'}; file and folder unchanged`, async () => {
      const dir = await tempDir();
      const file = join(dir, 'bestand.drijfveer');
      await writeFile(file, c.content());
      const sha = await sha256Of(file);
      const store = createProjectStore({ appVersion: '0.1.0' });
      expect(await openCode(store, file)).toBe(c.code);
      expect(await sha256Of(file)).toBe(sha);
      expect(await listing(dir)).toEqual(['bestand.drijfveer']);
    });
  }

  it('__proto__ and constructor keys are dropped: no prototype pollution, file unchanged', async () => {
    const dir = await tempDir();
    const file = join(dir, 'proto.drijfveer');
    const text = validText()
      .replace('{\n', '{\n  "__proto__": { "polluted": "envelope" },\n  "constructor": { "prototype": { "polluted": "ctor" } },\n')
      .replace('"project": {', '"project": {\n    "__proto__": { "polluted": "project", "delivery": { "deliveredAt": "x" } },');
    await writeFile(file, text);
    const sha = await sha256Of(file);
    const opened = await createProjectStore({ appVersion: '0.1.0' }).open(file);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(opened.project)).toBe(Object.prototype);
    expect((opened.project as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(opened.project, '__proto__')).toBe(false);
    expect(opened.doc.readOnly).toBeNull();
    expect(await sha256Of(file)).toBe(sha);
  });

  it('a 200 MB file gives FILE_TOO_LARGE without being opened or read', async () => {
    const dir = await tempDir();
    const file = join(dir, 'groot.drijfveer');
    await writeFile(file, '');
    await truncate(file, 200 * 1024 * 1024); // sparse: instant, no real disk use
    expect((await stat(file)).size).toBeGreaterThan(MAX_PROJECT_FILE_BYTES);
    const opened: string[] = [];
    const spy: FsLike = { ...realFs, open: ((path: string, ...rest: never[]) => (opened.push(path), realFs.open(path, ...rest))) as FsLike['open'] };
    const started = performance.now();
    const error = await createProjectStore({ appVersion: '1', fs: spy }).open(file).catch((e: AppError) => e);
    expect((error as AppError).code).toBe('FILE_TOO_LARGE');
    expect((error as AppError).params).toEqual({ sizeMb: 200, limitMb: 64 });
    expect(opened).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await stat(file)).size).toBe(200 * 1024 * 1024);
    expect(await listing(dir)).toEqual(['groot.drijfveer']);
  });

  it('a file that grows past the limit between stat and read is still refused', async () => {
    const dir = await tempDir();
    const file = join(dir, 'groeit.drijfveer');
    await writeFile(file, validText());
    // stat reports the small size; the file is then swapped for a huge one before reading.
    const sneaky: FsLike = {
      ...realFs,
      stat: (async (p: string) => {
        const s = await realFs.stat(p);
        await truncate(file, MAX_PROJECT_FILE_BYTES + 10);
        return s;
      }) as FsLike['stat'],
    };
    const error = await createProjectStore({ appVersion: '1', fs: sneaky }).open(file).catch((e: AppError) => e);
    expect((error as AppError).code).toBe('FILE_TOO_LARGE');
  });

  it('a directory named x.drijfveer gives FILE_IS_DIRECTORY', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'x.drijfveer'));
    expect(await openCode(createProjectStore({ appVersion: '1' }), join(dir, 'x.drijfveer'))).toBe('FILE_IS_DIRECTORY');
    expect(await listing(dir)).toEqual(['x.drijfveer']);
    expect(await listing(join(dir, 'x.drijfveer'))).toEqual([]);
  });

  it('a missing file gives FILE_NOT_FOUND and creates nothing', async () => {
    const dir = await tempDir();
    expect(await openCode(createProjectStore({ appVersion: '1' }), join(dir, 'weg.drijfveer'))).toBe('FILE_NOT_FOUND');
    expect(await openCode(createProjectStore({ appVersion: '1' }), join(dir, 'geen-map', 'weg.drijfveer'))).toBe('FILE_NOT_FOUND');
    expect(await listing(dir)).toEqual([]);
  });

  it('a named pipe gives FILE_READ_FAILED instead of hanging', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pijp.drijfveer');
    execFileSync('mkfifo', [fifo]);
    expect(await openCode(createProjectStore({ appVersion: '1' }), fifo)).toBe('FILE_READ_FAILED');
  });

  it('a symlink loop gives a coded error', async () => {
    const dir = await tempDir();
    await symlink(join(dir, 'b.drijfveer'), join(dir, 'a.drijfveer'));
    await symlink(join(dir, 'a.drijfveer'), join(dir, 'b.drijfveer'));
    expect(await openCode(createProjectStore({ appVersion: '1' }), join(dir, 'a.drijfveer'))).toBe('FILE_READ_FAILED');
  });

  it('a read error (EACCES, EIO) while reading is coded and leaves the file alone', async () => {
    const dir = await tempDir();
    const file = join(dir, 'p.drijfveer');
    await writeFile(file, validText());
    const sha = await sha256Of(file);
    for (const [errno, code] of [['EACCES', 'FILE_PERMISSION_DENIED'], ['EIO', 'FILE_READ_FAILED']]) {
      const failing: FsLike = {
        ...realFs,
        open: (async () => {
          throw Object.assign(new Error(errno), { code: errno });
        }) as FsLike['open'],
      };
      expect(await openCode(createProjectStore({ appVersion: '1', fs: failing }), file)).toBe(code);
    }
    expect(await sha256Of(file)).toBe(sha);
  });
});
