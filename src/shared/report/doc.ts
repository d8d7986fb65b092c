// The report document (ReportDoc): the one intermediate form between a project
// and its DOCX/PDF files. Exporters render only this, never the project, so
// everything they need (texts already translated, citations already formatted,
// personal data already left out) is decided here. Plain data, no classes;
// ids derive from project item ids so comments and links survive rebuilds.

import type { AssignmentStatus } from '../model/assignment';
import type { ReportSectionKey } from '../model/report-settings';
import type { Language } from '../language';
import type { Figure } from './figures';

/** A piece of text with one formatting. Control characters are already removed; '\n' is a line break. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** An allowed (sanitised) http(s)/mailto link. */
  href?: string;
  /** Set on a formatted in-text citation "(De Winter, 2008, p. 12)". */
  citation?: true;
  /** The sources a citation run cites (all exist in the project). */
  sourceIds?: string[];
  /** Review comments anchored on this run (ids into ReportDoc.comments). */
  commentIds?: string[];
}

/** Fields every block has: a unique id, and the project item it shows (for comments). */
interface BlockBase {
  id: string;
  itemId?: string;
}

export interface HeadingBlock extends BlockBase {
  type: 'heading';
  /** 2 or 3 inside a level-1 section (section titles themselves are not blocks). */
  level: 1 | 2 | 3;
  text: string;
  /** Bookmark name for internal links and the table of contents. */
  anchor: string;
  commentIds?: string[];
}

export interface ParagraphBlock extends BlockBase {
  type: 'paragraph';
  runs: Run[];
  /** Set lines after the first indented (APA reference list entries). */
  hangingIndent?: true;
}

export interface ListBlock extends BlockBase {
  type: 'list';
  ordered: boolean;
  /** Each item is a sequence of blocks (paragraphs, nested lists). */
  items: Block[][];
}

export interface TableColumn {
  header: string;
  /** Relative width hint; exporters scale the sum to the text width. */
  width: number;
}

export interface TableCell {
  blocks: Block[];
}

export interface TableBlock extends BlockBase {
  type: 'table';
  columns: TableColumn[];
  /** Extra header rows above the column headers (rarely used); the column headers are the last header row. */
  headerRows: TableCell[][];
  rows: TableCell[][];
  /** Repeat the header on every page. */
  repeatHeader: true;
  caption: string;
  /** Table number in document order, filled in when the report is assembled. */
  number: number;
}

export interface FigureBlock extends BlockBase {
  type: 'figure';
  figure: Figure;
  /** Text alternative describing the data, for screen readers and PDF/UA. */
  alt: string;
  caption: string;
  /** Figure number in document order, filled in when the report is assembled. */
  number: number;
}

/** A quotation from an interview; attribution is pseudonymous, e.g. "Ouder, R03". */
export interface QuoteBlock extends BlockBase {
  type: 'quote';
  runs: Run[];
  attribution: string;
}

export interface PageBreakBlock extends BlockBase {
  type: 'pageBreak';
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FigureBlock
  | QuoteBlock
  | PageBreakBlock;

export interface Section {
  id: string;
  key: ReportSectionKey;
  /** Bookmark name for the table of contents and internal links. */
  anchor: string;
  title: string;
  level: 1 | 2 | 3;
  blocks: Block[];
  children: Section[];
  /** The project item this (sub)section shows, if any (e.g. a segment). */
  itemId?: string;
}

export interface ReportCommentReply {
  id: string;
  author: { name: string; role: string };
  initials: string;
  date: string;
  body: string;
}

/** An open review comment placed at a block of the report (Word comment in DOCX). */
export interface ReportComment {
  id: string;
  /** The commented project item, or null for a comment on a whole step. */
  itemId: string | null;
  /** Id of a heading, paragraph or quote block in the doc carrying this comment. */
  anchorBlockId: string;
  author: { name: string; role: string };
  initials: string;
  /** ISO timestamp. */
  date: string;
  body: string;
  /** The piece of text the reviewer selected, '' when none. */
  quote: string;
  replies: ReportCommentReply[];
}

export interface ReportMeta {
  title: string;
  subtitle: string;
  /** Municipality and department, e.g. "Gemeente Rotterdam, Afdeling Onderwijs". */
  client: string;
  /** Consultant organisation. */
  organisation: string;
  authors: string[];
  /** YYYY-MM-DD, or '' when unknown. */
  date: string;
  status: AssignmentStatus;
  statusLabel: string;
  language: Language;
  /** #rrggbb */
  accentColor: string;
  logo: null | { mediaType: string; dataBase64: string };
  keywords: string[];
  subject: string;
}

export interface ReportDoc {
  meta: ReportMeta;
  titlePage: boolean;
  toc: boolean;
  /** Fixed words the exporters need (page label, TOC title, …), in the report language. */
  labels: { page: string; of: string; contents: string; figure: string; table: string; comments: string };
  sections: Section[];
  comments: ReportComment[];
  /** Whether the report settings ask exporters to include the open comments. */
  includeComments: boolean;
}
