// Open review comments land once, on an existing block of the report, and
// survive a section being left out; resolved comments stay out.

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/shared/report/build-report';
import type { Block, ReportDoc } from '../../../src/shared/report/doc';
import type { Project } from '../../../src/shared/model/project';
import { docBlocks } from '../../../src/shared/report/walk';
import { fakeEngine, sampleProject } from './helpers';

function commentIdsOn(block: Block): string[] {
  if (block.type === 'heading') return block.commentIds ?? [];
  if (block.type === 'paragraph' || block.type === 'quote') return [...new Set(block.runs.flatMap((run) => run.commentIds ?? []))];
  return [];
}

function build(project: Project): ReportDoc {
  return buildReport(project, { citations: fakeEngine(project) });
}

function expectWellPlaced(project: Project, doc: ReportDoc): void {
  const open = project.review.comments.filter((comment) => comment.status === 'open');
  expect(doc.comments.map((comment) => comment.id).sort()).toEqual(open.map((comment) => comment.id).sort());
  const blocks = docBlocks(doc);
  for (const comment of doc.comments) {
    const anchors = blocks.filter((block) => block.id === comment.anchorBlockId);
    expect(anchors).toHaveLength(1);
    expect(commentIdsOn(anchors[0])).toContain(comment.id);
    // Exactly one block carries each comment.
    expect(blocks.filter((block) => commentIdsOn(block).includes(comment.id))).toHaveLength(1);
  }
}

describe('review comments in the report', () => {
  it('places every open comment of the sample once, and no resolved one', () => {
    const project = sampleProject('nl');
    const doc = build(project);
    expectWellPlaced(project, doc);
    const resolved = project.review.comments.filter((comment) => comment.status === 'resolved').map((comment) => comment.id);
    expect(resolved.length).toBeGreaterThan(0);
    expect(JSON.stringify(doc.sections)).not.toMatch(new RegExp(resolved.map((id) => `"${id}"`).join('|')));
  });

  it('anchors an item comment on its item, on the quoted words only, with replies and initials', () => {
    const project = sampleProject('nl');
    const doc = build(project);
    const onSegment = project.review.comments.find((comment) => comment.status === 'open' && comment.target.quote !== ''
      && project.insights.segments.some((segment) => segment.id === comment.target.itemId));
    expect(onSegment).toBeDefined();
    const placed = doc.comments.find((comment) => comment.id === onSegment?.id);
    const anchor = docBlocks(doc).find((block) => block.id === placed?.anchorBlockId);
    expect(anchor?.itemId).toBe(onSegment?.target.itemId);
    const marked = anchor?.type === 'paragraph' ? anchor.runs.filter((run) => run.commentIds?.includes(placed?.id ?? '')) : [];
    expect(marked.map((run) => run.text)).toEqual([onSegment?.target.quote]);
    expect(placed?.replies.map((reply) => reply.id)).toEqual(onSegment?.replies.map((reply) => reply.id));
    expect(placed?.initials).toMatch(/^[A-Z]{1,3}$/);
  });

  it('puts a comment on a whole step at the start of that step’s section', () => {
    const project = sampleProject('nl');
    const doc = build(project);
    const onStep = project.review.comments.find((comment) => comment.status === 'open' && comment.target.itemId === null);
    const placed = doc.comments.find((comment) => comment.id === onStep?.id);
    const section = doc.sections.find((item) => item.key === onStep?.target.stepId);
    expect(section).toBeDefined();
    expect(docBlocks({ ...doc, sections: section ? [section] : [] }).map((block) => block.id)).toContain(placed?.anchorBlockId);
  });

  it('still places every open comment when the sections of their items are left out', () => {
    const project = sampleProject('nl');
    project.report.sections = project.report.sections.map((section) =>
      ['segments', 'references', 'advice', 'desk-research'].includes(section.key) ? { ...section, included: false } : section);
    expectWellPlaced(project, build(project));
  });

  it('carries the export setting for comments', () => {
    const project = sampleProject('nl');
    project.report.includeOpenCommentsInExports = true;
    expect(build(project).includeComments).toBe(true);
  });
});
