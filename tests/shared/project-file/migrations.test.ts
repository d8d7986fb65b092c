import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CURRENT_FORMAT_VERSION } from '../../../src/shared/project-file/envelope';
import { migrateProject, migrations } from '../../../src/shared/project-file/migrations';
import { ProjectSchema } from '../../../src/shared/model/project';

const fixtureDir = path.resolve(__dirname, '../../fixtures/migrations');
const readFixture = (name: string): unknown => JSON.parse(readFileSync(path.join(fixtureDir, name), 'utf8'));

describe('migration registry', () => {
  it('has a before/after fixture pair for every registered migration', () => {
    const files = new Set(readdirSync(fixtureDir));
    const missing = migrations
      .flatMap((m) => [`${m.id}.before.json`, `${m.id}.after.json`])
      .filter((name) => !files.has(name));
    expect(missing).toEqual([]);
  });

  it('has no fixture without a registered migration', () => {
    const known = new Set(migrations.map((m) => m.id));
    const orphans = readdirSync(fixtureDir)
      .map((name) => name.replace(/\.(before|after)\.json$/, ''))
      .filter((id) => !known.has(id));
    expect(orphans).toEqual([]);
  });

  it('forms one unbroken chain of single steps ending at the current version', () => {
    expect(new Set(migrations.map((m) => m.id)).size).toBe(migrations.length);
    migrations.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(migrations[i - 1].to);
    });
    expect(migrations[migrations.length - 1].to).toBe(CURRENT_FORMAT_VERSION);
  });
});

describe.each(migrations.map((m) => [m.id, m] as const))('migration %s', (id, migration) => {
  const beforeFile = path.join(fixtureDir, `${id}.before.json`);

  it('turns the before fixture into the after fixture', () => {
    expect(existsSync(beforeFile)).toBe(true);
    const before = readFixture(`${id}.before.json`);
    expect(migration.migrate(before)).toEqual(readFixture(`${id}.after.json`));
  });

  it('does not mutate its input', () => {
    const before = readFixture(`${id}.before.json`);
    const copy = structuredClone(before);
    migration.migrate(before);
    expect(before).toEqual(copy);
  });

  it('leaves data already in the new shape unchanged', () => {
    const after = readFixture(`${id}.after.json`);
    expect(migration.migrate(after)).toEqual(after);
  });

  it('passes non-objects through for validation to reject', () => {
    expect(migration.migrate(null)).toBeNull();
    expect(migration.migrate([1])).toEqual([1]);
  });
});

describe('migrateProject', () => {
  it('runs every step from the oldest version and the result validates', () => {
    const oldest = migrations[0];
    const result = migrateProject(readFixture(`${oldest.id}.before.json`), oldest.from);
    expect(result.applied).toEqual(migrations.map((m) => m.id));
    const parsed = ProjectSchema.safeParse(result.project);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.assignment.status).toBe('in-review');
  });

  it('does nothing for a current-version project', () => {
    const project = { id: 'p' };
    expect(migrateProject(project, CURRENT_FORMAT_VERSION)).toEqual({ project, applied: [] });
  });

  it('refuses a version older than any migration knows', () => {
    expect(() => migrateProject({ id: 'p' }, 0)).toThrow(expect.objectContaining({ code: 'FILE_NOT_PROJECT' }));
  });
});
