import { describe, expect, it } from 'vitest';
import { countHeadings, reportOutline } from '../../../../src/renderer/steps/report/outline';
import type { ReportDoc, Section } from '../../../../src/shared/report/doc';

const heading = (id: string, level: 2 | 3, text: string) => ({ type: 'heading' as const, id, level, text, anchor: id });
const paragraph = (id: string) => ({ type: 'paragraph' as const, id, runs: [{ text: 'x' }] });

function section(id: string, title: string, blocks: Section['blocks'], children: Section[] = [], level: 1 | 2 = 1): Section {
  return { id, key: 'advice', anchor: id, title, level, blocks, children };
}

const doc = (sections: Section[]) => ({ sections }) as unknown as ReportDoc;

describe('report outline', () => {
  it('nests level-3 headings under the level-2 heading before them, and subsections after the blocks', () => {
    const outline = reportOutline(
      doc([
        section('s1', 'Advies', [paragraph('p0'), heading('h1', 2, 'Kern'), heading('h2', 3, 'Detail'), paragraph('p1'), heading('h3', 2, 'Tweede')], [
          section('c1', 'Segment A', [heading('h4', 3, 'Kenmerken')], [], 2),
        ]),
      ]),
    );
    expect(outline).toEqual([
      {
        id: 's1',
        title: 'Advies',
        level: 1,
        children: [
          { id: 'h1', title: 'Kern', level: 2, children: [{ id: 'h2', title: 'Detail', level: 3, children: [] }] },
          { id: 'h3', title: 'Tweede', level: 2, children: [] },
          { id: 'c1', title: 'Segment A', level: 2, children: [{ id: 'h4', title: 'Kenmerken', level: 3, children: [] }] },
        ],
      },
    ]);
    expect(countHeadings(outline)).toBe(6);
  });

  it('is empty for a report without sections', () => {
    expect(reportOutline(doc([]))).toEqual([]);
  });
});
