import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPreferencesStore, MAX_RECENT_FILES, PREFERENCES_FILE } from '../../../src/main/store/preferences-store';
import { tempDir } from './disk-helpers';

// A clock that ticks one second per call, so "opened later" is observable.
function ticking(start = Date.UTC(2026, 0, 5, 9, 0, 0)) {
  let t = start;
  return () => new Date((t += 1000));
}

describe('preferences store', () => {
  it('starts from defaults and writes updates to disk (a second store sees them)', async () => {
    const dir = await tempDir();
    const store = createPreferencesStore(dir);
    expect(await store.get()).toEqual({ language: 'nl', author: null });
    const updated = await store.update({ language: 'en', author: { name: 'Sanne de Vries', role: 'adviseur' } });
    expect(updated).toEqual({ language: 'en', author: { name: 'Sanne de Vries', role: 'adviseur' } });
    const onDisk = JSON.parse(await readFile(join(dir, PREFERENCES_FILE), 'utf8'));
    expect(onDisk.language).toBe('en');
    expect(await createPreferencesStore(dir).get()).toEqual(updated);
  });

  it('keeps the author when only the language changes, and clears it with null', async () => {
    const dir = await tempDir();
    const store = createPreferencesStore(dir);
    await store.update({ author: { name: 'A', role: 'B' } });
    expect((await store.update({ language: 'en' })).author).toEqual({ name: 'A', role: 'B' });
    expect((await store.update({ author: null })).author).toBeNull();
  });

  it('lists recent files newest first, without duplicates, at most ten, with exists', async () => {
    const dir = await tempDir();
    const store = createPreferencesStore(dir, { now: ticking() });
    const files = Array.from({ length: 12 }, (_, i) => join(dir, `p${i}.drijfveer`));
    await writeFile(files[11], 'x');
    for (const [i, file] of files.entries()) await store.addRecent(file, `Project ${i}`);
    await store.addRecent(files[5], 'Project 5 (renamed)');

    const recent = await store.recentFiles();
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent.map((r) => r.fileName)).toEqual(
      ['p5', 'p11', 'p10', 'p9', 'p8', 'p7', 'p6', 'p4', 'p3', 'p2'].map((n) => `${n}.drijfveer`),
    );
    expect(recent[0].title).toBe('Project 5 (renamed)');
    expect(recent[0].openedAt > recent[1].openedAt).toBe(true);
    expect(recent.find((r) => r.path === files[11])?.exists).toBe(true);
    expect(recent.find((r) => r.path === files[10])?.exists).toBe(false);
  });

  it('treats the same file reached by a relative path as one entry', async () => {
    const dir = await tempDir();
    const store = createPreferencesStore(dir);
    const file = join(dir, 'a.drijfveer');
    await store.addRecent(file, 'A');
    await store.addRecent(join(dir, 'sub', '..', 'a.drijfveer'), 'A again');
    expect((await store.recentFiles()).map((r) => r.title)).toEqual(['A again']);
  });

  it('removeRecent drops one entry and returns the rest', async () => {
    const dir = await tempDir();
    const store = createPreferencesStore(dir);
    await store.addRecent(join(dir, 'a.drijfveer'), 'A');
    await store.addRecent(join(dir, 'b.drijfveer'), 'B');
    const left = await store.removeRecent(join(dir, 'a.drijfveer'));
    expect(left.map((r) => r.title)).toEqual(['B']);
    expect((await createPreferencesStore(dir).recentFiles()).map((r) => r.title)).toEqual(['B']);
  });

  it('does not lose updates made at the same moment', async () => {
    const dir = await tempDir();
    const store = createPreferencesStore(dir);
    await Promise.all(Array.from({ length: 8 }, (_, i) => store.addRecent(join(dir, `f${i}`), `F${i}`)));
    expect(await createPreferencesStore(dir).recentFiles()).toHaveLength(8);
  });

  it('sets a corrupt preferences file aside and starts from defaults', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, PREFERENCES_FILE), '{"language": "en", "recentFi');
    const store = createPreferencesStore(dir, { now: () => new Date('2026-03-01T10:20:30.000Z') });
    expect(await store.get()).toEqual({ language: 'nl', author: null });
    const names = await readdir(dir);
    expect(names).toContain(`${PREFERENCES_FILE}.corrupt-2026-03-01T10-20-30-000Z`);
    expect(await readFile(join(dir, `${PREFERENCES_FILE}.corrupt-2026-03-01T10-20-30-000Z`), 'utf8')).toBe(
      '{"language": "en", "recentFi',
    );
    await store.update({ language: 'en' });
    expect(await createPreferencesStore(dir).get()).toEqual({ language: 'en', author: null });
  });

  it('sets aside a file whose top level is not an object', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, PREFERENCES_FILE), '[1, 2, 3]');
    expect((await createPreferencesStore(dir).get()).language).toBe('nl');
    expect((await readdir(dir)).some((n) => n.startsWith(`${PREFERENCES_FILE}.corrupt-`))).toBe(true);
  });

  it('repairs single bad fields, skips bad recent entries and keeps unknown settings', async () => {
    const dir = await tempDir();
    const file = join(dir, PREFERENCES_FILE);
    await writeFile(
      file,
      JSON.stringify({
        language: 'fr',
        author: 7,
        recentFiles: [{ path: join(dir, 'ok.drijfveer'), title: 'OK', openedAt: '2026-01-01T00:00:00.000Z' }, { nope: 1 }, 'x'],
        futureSetting: { keep: true },
      }),
    );
    const store = createPreferencesStore(dir);
    expect(await store.get()).toEqual({ language: 'nl', author: null });
    expect((await store.recentFiles()).map((r) => r.title)).toEqual(['OK']);
    await store.update({ language: 'en' });
    expect(JSON.parse(await readFile(file, 'utf8')).futureSetting).toEqual({ keep: true });
  });

  it('creates its folder when it does not exist yet', async () => {
    const dir = join(await tempDir(), 'deeper', 'config');
    await createPreferencesStore(dir).update({ language: 'en' });
    expect(JSON.parse(await readFile(join(dir, PREFERENCES_FILE), 'utf8')).language).toBe('en');
  });
});
