import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { DurableJsonFile } from '../../../src/main/store/durable-adapter';
import { faultyFs } from './faulty-fs';
import { tempDir } from './disk-helpers';

describe('DurableJsonFile (lowdb adapter)', () => {
  it('really writes to disk under NODE_ENV=test, unlike JSONFilePreset', async () => {
    expect(process.env.NODE_ENV).toBe('test');
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    const db = new Low(new DurableJsonFile<{ items: string[] }>(file), { items: [] });
    await db.read();
    await db.update((data) => data.items.push('één'));
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ items: ['één'] });

    const again = new Low(new DurableJsonFile<{ items: string[] }>(file), { items: [] });
    await again.read();
    expect(again.data.items).toEqual(['één']);
  });

  it('reads null for a missing file and throws on invalid JSON', async () => {
    const dir = await tempDir();
    expect(await new DurableJsonFile(join(dir, 'none.json')).read()).toBeNull();
    await writeFile(join(dir, 'bad.json'), '{"a":');
    await expect(new DurableJsonFile(join(dir, 'bad.json')).read()).rejects.toThrow(SyntaxError);
  });

  it('keeps a .bak when asked, and goes through the injected file system', async () => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    const fs = faultyFs();
    const adapter = new DurableJsonFile<{ n: number }>(file, { backup: true, fs });
    await adapter.write({ n: 1 });
    await adapter.write({ n: 2 });
    expect(JSON.parse(await readFile(`${file}.bak`, 'utf8'))).toEqual({ n: 1 });
    expect(fs.openedTemps).toHaveLength(2);
    expect((await readdir(dir)).sort()).toEqual(['db.json', 'db.json.bak']);
  });

  it('a failed write (ENOSPC) surfaces as DISK_FULL and keeps the old data', async () => {
    const dir = await tempDir();
    const file = join(dir, 'db.json');
    await new DurableJsonFile<{ n: number }>(file).write({ n: 1 });
    const failing = new DurableJsonFile<{ n: number }>(file, { fs: faultyFs({ step: 'write', code: 'ENOSPC' }) });
    await expect(failing.write({ n: 2 })).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(await new DurableJsonFile<{ n: number }>(file).read()).toEqual({ n: 1 });
    expect(await readdir(dir)).toEqual(['db.json']);
  });
});
