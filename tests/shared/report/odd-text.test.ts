// Whatever a user typed reaches the report as text, unchanged — emoji, markup
// characters, very long words — except control characters, which no document
// format can hold. Unsafe links lose their link, not their text.

import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/shared/report/build-report';
import { createEmptyProject } from '../../../src/shared/model/project';
import type { RichText } from '../../../src/shared/model/rich-text';
import { cleanText } from '../../../src/shared/report/text';
import { docBlocks } from '../../../src/shared/report/walk';
import { allRuns, blocksOfType, fakeEngine, plainText } from './helpers';

const longWord = 'ouderbetrokkenheids'.repeat(264).slice(0, 5000);
const odd = `Zoë 👨‍👩‍👧 <b>&amp;</b> "quoted" 'single' ${longWord} einde`;
const withControls = `be\u0000gin\u0007 mid\u001b\u0085den\u000b\r\nregel\tvolgt`;

function doc(text: string): RichText {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

function oddProject() {
  const project = createEmptyProject('nl', new Date('2026-01-01T00:00:00Z'));
  project.assignment.title = `Titel ${odd}`;
  project.context.background = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: odd }] },
      { type: 'paragraph', content: [{ type: 'text', text: withControls }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'klik', marks: [{ type: 'link', href: 'javascript:alert(1)' }] }] },
    ],
  };
  project.partners.stakeholders = [{ id: 'stk-odd', organisation: odd, contactRole: '', description: '', relation: 'both', influence: 2, interest: 5 }];
  project.insights.insights = [{ id: 'ins-odd', title: odd, description: doc('uitleg'), type: 'barrier', evidence: { quoteIds: [], findingIds: [] }, segmentIds: [] }];
  return project;
}

describe('odd text in the report', () => {
  const project = oddProject();
  const report = buildReport(project, { citations: fakeEngine(project) });
  const blocks = docBlocks(report);

  it('passes emoji, markup characters and a 5,000-character word through unchanged', () => {
    expect(report.meta.title).toBe(`Titel ${odd}`);
    expect(plainText(blocks)).toContain(odd);
    expect(blocksOfType(report, 'heading').map((block) => block.text)).toContain(odd);
    const grid = blocksOfType(report, 'figure').find((block) => block.figure.kind === 'grid');
    expect(grid?.figure.kind === 'grid' && grid.figure.points[0].label).toBe(odd);
  });

  it('removes control characters (a tab becomes a space) and nothing else', () => {
    expect(plainText(blocks)).toContain('begin midden\nregel volgt');
    expect(JSON.stringify(report)).not.toMatch(/\\u00(0[0-9a-f]|1[0-9a-f])|\\u0085/);
  });

  it('keeps the text of an unsafe link but not the link', () => {
    const run = allRuns(report).find((item) => item.text === 'klik');
    expect(run).toEqual({ text: 'klik' });
  });

  it('cleans unpaired surrogates and XML non-characters but keeps paired ones', () => {
    expect(cleanText('a\ud83db\ufffec\uffff😀')).toBe('abc😀');
  });
});
