// Building annotated Word documents for the import tests: our own export of
// the sample, with comment XML injected exactly where a reviewer's Word would
// put it (ranges around an item's text, replies threaded in commentsExtended).

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface InjectedComment {
  id: number;
  author: string;
  initials?: string;
  date: string;
  body: string;
  /** w14:paraId of the comment's paragraph (8 hex digits). */
  paraId: string;
  parentParaId?: string;
}

export function unzipDocx(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function zipDocx(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files);
}

export function partText(files: Record<string, Uint8Array>, name: string): string {
  const part = files[name];
  if (!part) throw new Error(`no ${name}`);
  return strFromU8(part);
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function commentXml(c: InjectedComment): string {
  return (
    `<w:comment w:id="${c.id}" w:author="${escape(c.author)}" w:initials="${escape(c.initials ?? '')}" w:date="${c.date}">` +
    `<w:p w14:paraId="${c.paraId}" w14:textId="${c.paraId}"><w:r><w:t xml:space="preserve">${escape(c.body)}</w:t></w:r></w:p></w:comment>`
  );
}

/** The range markers and the reference run of comment `id`. */
export const rangeStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
export const rangeEnd = (id: number) =>
  `<w:commentRangeEnd w:id="${id}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`;

/** Wraps the content of the bookmark named `bookmark` in the ranges of `ids`. */
export function wrapBookmark(documentXml: string, bookmark: string, ids: number[]): string {
  const start = new RegExp(`<w:bookmarkStart w:name="${bookmark}" w:id="(\\d+)"/>`).exec(documentXml);
  if (!start) throw new Error(`no bookmark ${bookmark}`);
  const endTag = `<w:bookmarkEnd w:id="${start[1]}"/>`;
  const afterStart = start.index + start[0].length;
  const endAt = documentXml.indexOf(endTag, afterStart);
  if (endAt === -1) throw new Error(`no end of bookmark ${bookmark}`);
  return (
    documentXml.slice(0, afterStart) +
    ids.map(rangeStart).join('') +
    documentXml.slice(afterStart, endAt) +
    ids.map(rangeEnd).join('') +
    documentXml.slice(endAt)
  );
}

/** Puts ranges of `ids` around the first run of the body's first paragraph (the title page). */
export function wrapFirstParagraph(documentXml: string, ids: number[]): string {
  const body = documentXml.indexOf('<w:body>');
  const runAt = documentXml.indexOf('<w:r>', body);
  const runEnd = documentXml.indexOf('</w:r>', runAt) + '</w:r>'.length;
  return documentXml.slice(0, runAt) + ids.map(rangeStart).join('') + documentXml.slice(runAt, runEnd) + ids.map(rangeEnd).join('') + documentXml.slice(runEnd);
}

/** Adds comments to comments.xml and their threading to commentsExtended.xml (creating the parts if needed). */
export function addComments(files: Record<string, Uint8Array>, comments: InjectedComment[]): void {
  const ns =
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"';
  const existing = files['word/comments.xml'] ? strFromU8(files['word/comments.xml']) : `<?xml version="1.0" encoding="UTF-8"?><w:comments ${ns}></w:comments>`;
  files['word/comments.xml'] = strToU8(existing.replace('</w:comments>', `${comments.map(commentXml).join('')}</w:comments>`));
  const ext = files['word/commentsExtended.xml']
    ? strFromU8(files['word/commentsExtended.xml'])
    : '<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"></w15:commentsEx>';
  const entries = comments
    .map((c) => `<w15:commentEx w15:paraId="${c.paraId}"${c.parentParaId ? ` w15:paraIdParent="${c.parentParaId}"` : ''} w15:done="0"/>`)
    .join('');
  files['word/commentsExtended.xml'] = strToU8(ext.replace('</w15:commentsEx>', `${entries}</w15:commentsEx>`));
}
