// Reading review comments back from a Word document that a reviewer annotated
// (in Word or LibreOffice). The export writes a bookmark "item_<id>" on the
// first block of every project item and "sec_<key>" on every report section;
// a comment belongs to the item bookmark it lies in, or else the last one that
// started before it in the same section (an item's later paragraphs carry no
// bookmark of their own). Which project item a bookmark names is decided by the
// renderer, which holds the current project; this module only reads the file.
//
// The file is untrusted: it is read with size limits before and while
// inflating (a zip bomb cannot make us allocate more than the limits), only the
// three parts needed are inflated, and the XML goes through a strict reader
// that refuses DOCTYPE/ENTITY declarations. Every refusal is a coded error.

import { unzipSync, type UnzipFileInfo } from 'fflate';
import { AppError } from '../../shared/errors';
import type { DocxReviewComment, DocxReviewImport } from '../../shared/ipc';
import { readXml } from './xml-reader';

export const DOCX_LIMITS = {
  /** The .docx file itself. */
  fileBytes: 200 * 1024 * 1024,
  /** Each XML part after inflating. */
  partBytes: 64 * 1024 * 1024,
  /** More comments than this is not a review. */
  comments: 20_000,
  /** Longest quote kept per comment (characters). */
  quoteChars: 2_000,
} as const;

const DOCUMENT = 'word/document.xml';
const COMMENTS = 'word/comments.xml';
const COMMENTS_EXTENDED = 'word/commentsExtended.xml';
const WANTED = new Set([DOCUMENT, COMMENTS, COMMENTS_EXTENDED]);

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The wanted parts as text; refuses non-zips, oversized and missing parts. */
function readParts(bytes: Uint8Array, fileName: string): Map<string, string> {
  if (bytes.length > DOCX_LIMITS.fileBytes) throw new AppError('DOCX_TOO_LARGE', { part: fileName, limitMb: mb(DOCX_LIMITS.fileBytes) });
  if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError('DOCX_NOT_A_ZIP', { fileName });
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        if (!WANTED.has(file.name)) return false;
        if (file.originalSize > DOCX_LIMITS.partBytes) {
          throw new AppError('DOCX_TOO_LARGE', { part: file.name, limitMb: mb(DOCX_LIMITS.partBytes) });
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('DOCX_NOT_A_ZIP', { fileName }, { cause: error });
  }
  if (!files[DOCUMENT]) throw new AppError('DOCX_PART_MISSING', { part: DOCUMENT });
  const parts = new Map<string, string>();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [name, data] of Object.entries(files)) {
    try {
      parts.set(name, decoder.decode(data));
    } catch (error) {
      throw new AppError('DOCX_XML_INVALID', { part: name }, { cause: error });
    }
  }
  return parts;
}

interface CommentText {
  wordId: string;
  author: string;
  initials: string;
  date: string;
  body: string;
  /** w14:paraId of the comment's last paragraph: commentsExtended refers to it. */
  paraId: string | null;
}

function isoDate(value: string | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

function readComments(xml: string | undefined): CommentText[] {
  if (xml === undefined) return [];
  const out: CommentText[] = [];
  let current: CommentText | null = null;
  let paragraphs: string[] = [];
  let inText = false;
  readXml(xml, COMMENTS, (event) => {
    if (event.type === 'open') {
      if (event.name === 'w:comment') {
        if (out.length >= DOCX_LIMITS.comments) throw new AppError('DOCX_TOO_LARGE', { part: COMMENTS, limitMb: mb(DOCX_LIMITS.partBytes) });
        const wordId = event.attrs['w:id'] ?? '';
        current = { wordId, author: event.attrs['w:author'] ?? '', initials: event.attrs['w:initials'] ?? '', date: isoDate(event.attrs['w:date']), body: '', paraId: null };
        paragraphs = [];
      } else if (current && event.name === 'w:p') {
        paragraphs.push('');
        current.paraId = event.attrs['w14:paraId'] ?? current.paraId;
      } else if (current && event.name === 'w:t') inText = true;
      else if (current && (event.name === 'w:br' || event.name === 'w:cr') && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += '\n';
      else if (current && event.name === 'w:tab' && paragraphs.length > 0) paragraphs[paragraphs.length - 1] += ' ';
    } else if (event.type === 'close') {
      if (event.name === 'w:t') inText = false;
      else if (event.name === 'w:comment' && current) {
        const finished: CommentText = current;
        finished.body = paragraphs.join('\n').trim();
        if (finished.wordId !== '') out.push(finished);
        current = null;
      }
    } else if (inText && current && paragraphs.length > 0) {
      paragraphs[paragraphs.length - 1] += event.text;
    }
  });
  return out;
}

interface Threading {
  parentParaId: string | null;
  done: boolean;
}

function readExtended(xml: string | undefined): Map<string, Threading> {
  const byParaId = new Map<string, Threading>();
  if (xml === undefined) return byParaId;
  readXml(xml, COMMENTS_EXTENDED, (event) => {
    if (event.type !== 'open' || !/(^|:)commentEx$/.test(event.name)) return;
    const attr = (local: string) => Object.entries(event.attrs).find(([key]) => key === local || key.endsWith(`:${local}`))?.[1];
    const paraId = attr('paraId');
    if (!paraId) return;
    const parent = attr('paraIdParent');
    byParaId.set(paraId, { parentParaId: parent ?? null, done: attr('done') === '1' || attr('done') === 'true' });
  });
  return byParaId;
}

interface Placement {
  itemBookmark: string | null;
  sectionBookmark: string | null;
  quote: string;
}

/** Walks the body: where each comment range starts, and the text it covers. */
function readPlacements(xml: string): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  const open = new Map<string, Placement>();
  let item: string | null = null;
  let section: string | null = null;
  let inText = false;
  // A range stops collecting once its quote is full, so the work stays bounded
  // even for thousands of ranges that are never closed.
  const append = (text: string) => {
    for (const [id, placement] of open) {
      placement.quote += text;
      if (placement.quote.length >= DOCX_LIMITS.quoteChars) open.delete(id);
    }
  };
  const start = (id: string) => {
    if (placements.has(id)) return;
    if (placements.size >= DOCX_LIMITS.comments) throw new AppError('DOCX_TOO_LARGE', { part: DOCUMENT, limitMb: mb(DOCX_LIMITS.partBytes) });
    const placement: Placement = { itemBookmark: item, sectionBookmark: section, quote: '' };
    placements.set(id, placement);
    open.set(id, placement);
  };
  readXml(xml, DOCUMENT, (event) => {
    if (event.type === 'open') {
      switch (event.name) {
        case 'w:bookmarkStart': {
          const name = event.attrs['w:name'] ?? '';
          // Other bookmarks (heading anchors "h_…", Word's "_Toc…") change nothing:
          // a heading bookmark may sit right after its item's, in either order.
          if (name.startsWith('item_')) item = name;
          else if (name.startsWith('sec_')) {
            section = name;
            item = null;
          }
          break;
        }
        case 'w:commentRangeStart':
          start(event.attrs['w:id'] ?? '');
          break;
        case 'w:commentRangeEnd':
          open.delete(event.attrs['w:id'] ?? '');
          break;
        case 'w:commentReference':
          // A comment without a range (a point comment) sits where its mark is.
          start(event.attrs['w:id'] ?? '');
          open.delete(event.attrs['w:id'] ?? '');
          break;
        case 'w:t':
          inText = true;
          break;
        case 'w:tab':
          append(' ');
          break;
        case 'w:br':
          append('\n');
          break;
      }
    } else if (event.type === 'close') {
      if (event.name === 'w:t') inText = false;
      else if (event.name === 'w:p') append('\n');
    } else if (inText) {
      append(event.text);
    }
  });
  return placements;
}

function tidyQuote(quote: string): string {
  return quote.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim().slice(0, DOCX_LIMITS.quoteChars);
}

/** The review comments of a .docx file (bytes), in the order of comments.xml. */
export function readDocxComments(bytes: Uint8Array, fileName: string): DocxReviewImport {
  const parts = readParts(bytes, fileName);
  const comments = readComments(parts.get(COMMENTS));
  const threading = readExtended(parts.get(COMMENTS_EXTENDED));
  const placements = readPlacements(parts.get(DOCUMENT) as string);
  const byParaId = new Map(comments.filter((c) => c.paraId !== null).map((c) => [c.paraId as string, c.wordId]));

  const out: DocxReviewComment[] = comments.map((comment) => {
    const thread = comment.paraId === null ? undefined : threading.get(comment.paraId);
    const parent = thread?.parentParaId ? byParaId.get(thread.parentParaId) ?? null : null;
    const placement = placements.get(comment.wordId);
    return {
      wordId: comment.wordId,
      author: comment.author.trim(),
      initials: comment.initials.trim(),
      date: comment.date,
      body: comment.body,
      quote: tidyQuote(placement?.quote ?? ''),
      itemBookmark: placement?.itemBookmark ?? null,
      sectionBookmark: placement?.sectionBookmark ?? null,
      parentWordId: parent !== comment.wordId ? parent : null,
      done: thread?.done ?? false,
    };
  });
  return { fileName, comments: out };
}
