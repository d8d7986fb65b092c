// What the body writer needs besides the shared DocxContext: ids that must be
// unique in the whole document (bookmarks, drawings) and the things the body
// adds to the package (external links and pictures become relationships of
// the main part; pictures also become media files). The writer never touches
// the package itself: it records these, and the packager adds them.

import type { DocxContext } from '../context';

export interface BodyRelationship {
  id: string;
  type: 'hyperlink' | 'image';
  target: string;
}

export interface BodyMedia {
  /** Path inside the package, e.g. "word/media/fig1.png". */
  path: string;
  data: Uint8Array;
}

export interface BodyXmlContext extends DocxContext {
  /** The w:numId of a list instance, created in the document's numbering on first use. */
  numId: (reference: string, instance: number) => number;
  /** A bookmark id unique in the document. */
  bookmarkId: () => number;
  /** A drawing (wp:docPr) id unique in the document. */
  drawingId: () => number;
  relationships: BodyRelationship[];
  media: BodyMedia[];
}

/** Relationship ids the body uses: a prefix the docx library never writes ("rId" + digits or + 21 random characters). */
export function addRelationship(ctx: BodyXmlContext, type: BodyRelationship['type'], target: string): string {
  const id = `rIdB${ctx.relationships.length + 1}`;
  ctx.relationships.push({ id, type, target });
  return id;
}
