// What every block layout function needs: the report, its styles, the text
// tools, the page, and the bookkeeping that makes anchors and comment markers
// appear once, at the first place they belong. Measurements are not cached
// here: the font measurer caches word widths itself, and a second cache in
// front of it made the XL report slower, not faster.

import type { Language } from '../../../../shared/language';
import type { FigureBlock, ReportDoc } from '../../../../shared/report/doc';
import { reportStyles, type BlockStyle, type ReportStyles } from './styles';
import type { Column } from './slices';
import { textHeightOf, type BreakLines, type PageGeometry, type TextMeasurer } from './types';

export type FigureSize = (block: FigureBlock) => { width: number; height: number };

export interface LayoutDeps {
  measurer: TextMeasurer;
  breakLines: BreakLines;
  geometry: PageGeometry;
  figureSize: FigureSize;
  startPageRole?: 'body';
}

export interface LayoutContext {
  doc: ReportDoc;
  styles: ReportStyles;
  measurer: TextMeasurer;
  breakLines: BreakLines;
  language: Language;
  geometry: PageGeometry;
  textHeight: number;
  figureSize: FigureSize;
  /** Open comments per block id they are anchored on (empty when the report leaves comments out). */
  commentsByBlock: Map<string, string[]>;
  includeComments: boolean;
  /** Comment markers already placed. */
  placedComments: Set<string>;
  /** Anchors already placed (item anchors go on the first block showing the item). */
  placedAnchors: Set<string>;
}

/** Where and in which styles a block is laid out: the page column, a list item, a table cell. */
export interface BlockEnv {
  column: Column;
  paragraph: BlockStyle;
  listItem: BlockStyle;
  /** Only blocks in the main flow become entries of the table of contents and may force page breaks. */
  topLevel: boolean;
  /** List nesting depth (0 outside lists). */
  listDepth: number;
}

export function createContext(doc: ReportDoc, deps: LayoutDeps): LayoutContext {
  const commentsByBlock = new Map<string, string[]>();
  if (doc.includeComments) {
    for (const comment of doc.comments) {
      const list = commentsByBlock.get(comment.anchorBlockId) ?? [];
      list.push(comment.id);
      commentsByBlock.set(comment.anchorBlockId, list);
    }
  }
  return {
    doc,
    styles: reportStyles(doc.meta.accentColor),
    measurer: deps.measurer,
    breakLines: deps.breakLines,
    language: doc.meta.language,
    geometry: deps.geometry,
    textHeight: textHeightOf(deps.geometry),
    figureSize: deps.figureSize,
    commentsByBlock,
    includeComments: doc.includeComments,
    placedComments: new Set(),
    placedAnchors: new Set(),
  };
}

/** The anchor item for a name, or nothing when it was placed before. */
export function claimAnchor(ctx: LayoutContext, anchor: string): boolean {
  if (ctx.placedAnchors.has(anchor)) return false;
  ctx.placedAnchors.add(anchor);
  return true;
}
