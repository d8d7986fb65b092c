// Open review comments reach a DOCX only when the report asks for them: the
// Report step's setting (`includeOpenCommentsInExports`) or `export --comments`.
// A file for the municipality must not carry the team's internal review.

import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../../src/main/export/docx/render-docx';
import { exportReport } from '../../../../src/main/export/export-report';
import { sampleProject } from '../../../shared/report/helpers';
import { sampleDoc } from './docx-helpers';
import { packageParts, partText } from './package-reading';

const commentMarks = (document: string) => (document.match(/<w:commentReference\b/g) ?? []).length;

describe('open comments in the DOCX', () => {
  it('are left out when the report does not include them', async () => {
    const doc = sampleDoc('nl', { comments: false });
    expect(doc.comments.length).toBeGreaterThan(0);
    const parts = packageParts(await renderDocx(doc));
    expect(commentMarks(partText(parts, 'word/document.xml'))).toBe(0);
    expect(parts.has('word/comments.xml') ? partText(parts, 'word/comments.xml') : '').not.toContain(doc.comments[0].body.slice(0, 20));
  });

  it('are written, one reference per comment and reply, when the report includes them', async () => {
    const doc = sampleDoc('nl', { comments: true });
    const parts = packageParts(await renderDocx(doc));
    const expected = doc.comments.reduce((sum, comment) => sum + 1 + comment.replies.length, 0);
    expect(commentMarks(partText(parts, 'word/document.xml'))).toBe(expected);
  });

  it('follow the project setting, and --comments overrides it', async () => {
    const project = sampleProject('nl');
    expect(project.report.includeOpenCommentsInExports).toBe(false);
    const marks = async (p: typeof project, comments: boolean) =>
      commentMarks(partText(packageParts(await exportReport(p, { format: 'docx', language: 'nl', comments })), 'word/document.xml'));
    expect(await marks(project, false)).toBe(0);
    expect(await marks(project, true)).toBeGreaterThan(0);
    const included = { ...project, report: { ...project.report, includeOpenCommentsInExports: true } };
    expect(await marks(included, false)).toBeGreaterThan(0);
  });
});
