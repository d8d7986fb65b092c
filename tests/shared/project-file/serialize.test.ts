import { describe, expect, it } from 'vitest';
import { createEmptyProject } from '../../../src/shared/model/project';
import { CURRENT_FORMAT_VERSION, FILE_FORMAT } from '../../../src/shared/project-file/envelope';
import { serializeProject } from '../../../src/shared/project-file/serialize';

describe('serializeProject', () => {
  it('writes the envelope at the current version, pretty-printed with a trailing newline', () => {
    const project = createEmptyProject('nl', new Date('2026-01-01T00:00:00.000Z'));
    const text = serializeProject(project, '1.2.3');
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.startsWith(`{\n  "format": "${FILE_FORMAT}",\n  "version": ${CURRENT_FORMAT_VERSION},\n  "savedWith": "1.2.3",`)).toBe(true);
    expect(JSON.parse(text).project).toEqual(project);
  });

  it('cannot be tricked by envelope extras into another format or version', () => {
    const project = createEmptyProject('en');
    const raw = JSON.parse(serializeProject(project, 'x', { envelopeExtras: { version: 1, format: 'other', note: 'n' } }));
    expect(raw).toMatchObject({ format: FILE_FORMAT, version: CURRENT_FORMAT_VERSION, note: 'n' });
  });
});
