import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/shared/errors';
import { CURRENT_FORMAT_VERSION } from '../../../src/shared/project-file/envelope';
import { loadProjectText } from '../../../src/shared/project-file/load';
import { serializeProject } from '../../../src/shared/project-file/serialize';
import { filledProject } from '../filled-project';

const envelope = (project: unknown, version = CURRENT_FORMAT_VERSION, extra: object = {}) =>
  JSON.stringify({ format: 'drijfveer', version, savedWith: '0.1.0', ...extra, project });

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('loadProjectText: good files', () => {
  it('loads a current-version project editable, with defaults filled', () => {
    const loaded = loadProjectText(envelope({ id: 'p1' }));
    expect(loaded.project.id).toBe('p1');
    expect(loaded.project.deskResearch.sources).toEqual([]);
    expect(loaded).toMatchObject({ fileFormatVersion: CURRENT_FORMAT_VERSION, migratedFrom: null, readOnly: null, unknownFields: [] });
  });

  it('accepts a leading BOM character and surrounding whitespace', () => {
    expect(loadProjectText(`\ufeff\n  ${envelope({ id: 'p1' })}\n\n`).project.id).toBe('p1');
  });

  it('migrates a format-1 file and reports where it came from', () => {
    const before = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/migrations/v1-to-v2-rich-text.before.json'), 'utf8'));
    const loaded = loadProjectText(envelope(before, 1));
    expect(loaded.fileFormatVersion).toBe(1);
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.project.assignment.authors.map((a) => a.name)).toEqual(['Anne de Vries', 'Bert Smit', 'Chris Jansen']);
    expect(loaded.project.context.background.content).toHaveLength(2);
    expect([...loaded.unknownFields].sort()).toEqual(['deskResearch.findings[0].extra', 'draftNote']);
  });

  it('opens delivered projects and review copies read-only', () => {
    const delivery = { deliveredAt: '2026-06-01T10:00:00.000Z', deliveredBy: 'Anne',
      fingerprint: { algorithm: 'sha-256', value: 'a'.repeat(64) }, pseudonymised: true };
    expect(loadProjectText(envelope({ id: 'p', delivery })).readOnly).toBe('delivered');
    const copy = { sourceProjectId: 'orig', createdAt: '2026-05-01T10:00:00.000Z', reviewerNote: '' };
    expect(loadProjectText(envelope({ id: 'p', review: { copy } })).readOnly).toBe('review-copy');
  });
});

describe('loadProjectText: newer format versions', () => {
  it('opens a newer file read-only when it still fits the current model', () => {
    const loaded = loadProjectText(envelope({ id: 'p', hologram: { x: 1 } }, CURRENT_FORMAT_VERSION + 1));
    expect(loaded.readOnly).toBe('newer-version');
    expect(loaded.fileFormatVersion).toBe(CURRENT_FORMAT_VERSION + 1);
    expect(loaded.migratedFrom).toBeNull();
    expect(loaded.unknownFields).toEqual(['hologram']);
  });

  it('refuses a newer file that does not fit with FILE_VERSION_TOO_NEW', () => {
    const err = errorOf(() => loadProjectText(envelope({ id: 'p', assignment: { status: 'archived' } }, 99)));
    expect(err.code).toBe('FILE_VERSION_TOO_NEW');
    expect(err.params).toEqual({ version: 99, supported: CURRENT_FORMAT_VERSION });
  });
});

describe('loadProjectText: errors', () => {
  it.each([
    ['', 'FILE_EMPTY'],
    ['   \n\t ', 'FILE_EMPTY'],
    ['\ufeff', 'FILE_EMPTY'],
    ['{"format":"drijfveer","version":2,"project":{"id":"p"', 'FILE_TRUNCATED'],
    ['{"format":"drijfveer","version":2,"project":{"id":"p', 'FILE_TRUNCATED'],
    ['{"format":"drijfveer","version":2,"project":{"id":"p",', 'FILE_TRUNCATED'],
    ['[1, 2', 'FILE_TRUNCATED'],
    ['{"format" "drijfveer"}', 'FILE_NOT_JSON'],
    ['{"a":1} trailing', 'FILE_NOT_JSON'],
    ['<html></html>', 'FILE_NOT_JSON'],
    ['null', 'FILE_NOT_PROJECT'],
    ['[]', 'FILE_NOT_PROJECT'],
    ['42', 'FILE_NOT_PROJECT'],
    ['"drijfveer"', 'FILE_NOT_PROJECT'],
    ['{}', 'FILE_NOT_PROJECT'],
    ['{"format":"excalidraw","version":2,"project":{}}', 'FILE_NOT_PROJECT'],
    ['{"format":"drijfveer","version":"2","project":{}}', 'FILE_NOT_PROJECT'],
    ['{"format":"drijfveer","version":0,"project":{}}', 'FILE_NOT_PROJECT'],
    ['{"format":"drijfveer","version":2.5,"project":{}}', 'FILE_NOT_PROJECT'],
    ['{"format":"drijfveer","version":2}', 'FILE_NOT_PROJECT'],
    ['{"format":"drijfveer","version":2,"project":[]}', 'FILE_NOT_PROJECT'],
  ])('%j → %s', (text, expected) => {
    expect(errorOf(() => loadProjectText(text)).code).toBe(expected);
  });

  it('gives line and column for malformed JSON', () => {
    const err = errorOf(() => loadProjectText('{\n  "format": "drijfveer",\n  "version" 2\n}'));
    expect(err.code).toBe('FILE_NOT_JSON');
    expect(err.params).toEqual({ line: 3, column: 13 });
  });

  it('reports an invalid field with a readable path', () => {
    const project = { id: 'p', partners: { interviews: [{ id: 'i1' }, { id: 'i2', mode: 'telepathy' }] } };
    const err = errorOf(() => loadProjectText(envelope(project)));
    expect(err.code).toBe('FILE_INVALID_PROJECT');
    expect(err.params.path).toBe('partners.interviews[1].mode');
    expect(String(err.params.detail)).toMatch(/in-person/);
  });

  it('reports a missing project id', () => {
    const err = errorOf(() => loadProjectText(envelope({ assignment: {} })));
    expect(err).toMatchObject({ code: 'FILE_INVALID_PROJECT', params: { path: 'id' } });
  });

  it('gives FILE_TOO_DEEP quickly for 100,000 nested arrays instead of overflowing the stack', () => {
    const depth = 100_000;
    const text = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const started = performance.now();
    expect(errorOf(() => loadProjectText(text))).toMatchObject({ code: 'FILE_TOO_DEEP', params: { limit: 200 } });
    expect(performance.now() - started).toBeLessThan(500);
    const objects = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    expect(errorOf(() => loadProjectText(objects)).code).toBe('FILE_TOO_DEEP');
  });

  it('does not count brackets inside strings as nesting', () => {
    const title = `${'['.repeat(1000)} \\" ${'{'.repeat(1000)}`;
    const loaded = loadProjectText(envelope({ id: 'p', assignment: { title: JSON.parse(`"${title}"`) } }));
    expect(loaded.project.assignment.title).toContain('[[[[');
  });
});

describe('loadProjectText: hostile keys', () => {
  it('drops __proto__, constructor and prototype keys and pollutes nothing', () => {
    const text = `{"format":"drijfveer","version":2,"__proto__":{"polluted":"root"},"project":{
      "id":"p","__proto__":{"polluted":"yes","id":"evil"},"constructor":{"prototype":{"polluted":"ctor"}},
      "assignment":{"title":"t","__proto__":{"isAdmin":true}},
      "deskResearch":{"sources":[{"id":"s","prototype":{"x":1},"__proto__":{"polluted":"deep"}}]}}}`;
    const loaded = loadProjectText(text);
    const project = loaded.project as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(Object.getPrototypeOf(project)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(loaded.project.assignment)).toBe(Object.prototype);
    expect(project.polluted).toBeUndefined();
    expect(project.id).toBe('p');
    expect(Object.keys(project)).not.toContain('__proto__');
    expect(Object.keys(project)).not.toContain('constructor');
    expect((loaded.project.assignment as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.keys(loaded.project.deskResearch.sources[0])).not.toContain('prototype');
    expect(loaded.envelopeExtras).toEqual({});
    expect(serializeProject(loaded.project, 'x')).not.toMatch(/__proto__|constructor|prototype|polluted/);
  });

  it('also drops such keys when they are spelled with unicode escapes', () => {
    const text = '{"format":"drijfveer","version":2,"project":{"id":"p","\\u005f_proto__":{"polluted":1},"pro\\u0074otype":{}}}';
    const project = loadProjectText(text).project as Record<string, unknown>;
    expect(Object.keys(project)).not.toContain('__proto__');
    expect(Object.keys(project)).not.toContain('prototype');
    expect(project.polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('load → serialize → load', () => {
  it('keeps a filled project exactly', () => {
    const project = filledProject();
    const loaded = loadProjectText(serializeProject(project, '0.1.0'));
    expect(loaded.project).toEqual(project);
    expect(loaded.savedWith).toBe('0.1.0');
  });

  it('keeps unknown fields at the envelope, the project root and inside nested items', () => {
    const project = {
      id: 'p', fromTheFuture: { keep: [1, 2] },
      assignment: { branding: { accentColor: '#123456', watermark: 'CONCEPT' } },
      partners: { interviews: [{ id: 'i1', audioFile: 'i1.m4a', answers: [{ questionId: 'q', text: 'x', sentiment: 0.4 }] }] },
      context: { background: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', lang: 'nl' }] }] } },
    };
    const first = loadProjectText(envelope(project, CURRENT_FORMAT_VERSION, { checksum: 'abc' }));
    expect([...first.unknownFields].sort()).toEqual([
      'assignment.branding.watermark',
      'context.background.content[0].content[0].lang',
      'fromTheFuture',
      'partners.interviews[0].answers[0].sentiment',
      'partners.interviews[0].audioFile',
    ]);
    expect(first.envelopeExtras).toEqual({ checksum: 'abc' });
    const text = serializeProject(first.project, '0.2.0', { envelopeExtras: first.envelopeExtras });
    const second = loadProjectText(text);
    expect(second.project).toEqual(first.project);
    expect(second.unknownFields).toEqual(first.unknownFields);
    expect(second.envelopeExtras).toEqual({ checksum: 'abc' });
    const raw = JSON.parse(text);
    expect(raw.project.fromTheFuture).toEqual({ keep: [1, 2] });
    expect(raw.project.partners.interviews[0].audioFile).toBe('i1.m4a');
  });
});

describe('loadProjectText on arbitrary input', () => {
  it('either loads or throws an AppError, never anything else', () => {
    const valid = serializeProject(filledProject(), '0.1.0');
    const mutated = fc.tuple(fc.nat(valid.length), fc.nat(200), fc.string()).map(
      ([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(Math.min(valid.length, at + cut)),
    );
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), mutated), (text) => {
        try {
          loadProjectText(text);
        } catch (error) {
          return error instanceof AppError;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });
});

describe('loadProjectText: envelope details', () => {
  it('tolerates a missing or odd savedWith', () => {
    expect(loadProjectText('{"format":"drijfveer","version":2,"project":{"id":"p"}}').savedWith).toBe('');
    expect(loadProjectText('{"format":"drijfveer","version":2,"savedWith":7,"project":{"id":"p"}}').savedWith).toBe('');
  });
});
