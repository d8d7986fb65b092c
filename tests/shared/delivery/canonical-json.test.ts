// The canonical serialisation behind the fingerprint.

import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/shared/delivery/canonical-json';
import { fingerprintProject } from '../../../src/shared/delivery/fingerprint';
import { createEmptyProject } from '../../../src/shared/model/project';

describe('canonicalJson', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, true] })).toBe('{"a":[{"c":null,"d":"x"},true],"b":1}');
  });

  it('writes numbers the short, stable way and -0 as 0', () => {
    expect(canonicalJson([1.5, 1e21, 0.1 + 0.2, -0, 100])).toBe('[1.5,1e+21,0.30000000000000004,0,100]');
  });

  it('leaves out undefined values like JSON, and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: [undefined] })).toBe('{"b":[null]}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ a: () => 1 })).toThrow(TypeError);
  });

  it('escapes strings as JSON does, keeping non-ASCII letters', () => {
    expect(canonicalJson('coördinatie "x"\n')).toBe('"coördinatie \\"x\\"\\n"');
  });
});

describe('fingerprintProject', () => {
  it('is a 64-digit hex SHA-256 that depends on content but not on delivery, review or updatedAt', async () => {
    const project = createEmptyProject('nl', new Date('2026-01-01T00:00:00.000Z'));
    const value = await fingerprintProject(project);
    expect(value).toMatch(/^[0-9a-f]{64}$/);
    const bookkeeping = { ...project, updatedAt: 'later', review: { comments: [], copy: null, deletedCommentIds: [] } };
    expect(await fingerprintProject(bookkeeping)).toBe(value);
    expect(await fingerprintProject({ ...project, assignment: { ...project.assignment, title: 'x' } })).not.toBe(value);
  });
});
