// The heading tree of a ReportDoc: what the Report step previews before an
// export. Built from the very ReportDoc the exporters render, so the preview
// shows exactly which chapters and paragraphs the file will have.

import type { ReportDoc, Section } from '../../../shared/report/doc';

export interface OutlineNode {
  id: string;
  title: string;
  /** 1 = chapter, 2 and 3 = paragraphs. */
  level: 1 | 2 | 3;
  children: OutlineNode[];
}

/**
 * Subsections and level-2/3 heading blocks of a section, in reading order.
 * A level-3 heading block belongs under the level-2 heading before it.
 */
function sectionNode(section: Section): OutlineNode {
  const node: OutlineNode = { id: section.id, title: section.title, level: section.level, children: [] };
  let lastLevel2: OutlineNode | null = null;
  for (const block of section.blocks) {
    if (block.type !== 'heading' || block.level <= section.level) continue;
    const child: OutlineNode = { id: block.id, title: block.text, level: block.level, children: [] };
    if (block.level === 3 && lastLevel2) lastLevel2.children.push(child);
    else node.children.push(child);
    if (block.level === 2) lastLevel2 = child;
  }
  for (const sub of section.children) node.children.push(sectionNode(sub));
  return node;
}

export function reportOutline(doc: ReportDoc): OutlineNode[] {
  return doc.sections.map(sectionNode);
}

/** Number of headings in the tree (for the preview's summary line). */
export function countHeadings(nodes: readonly OutlineNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countHeadings(node.children), 0);
}
