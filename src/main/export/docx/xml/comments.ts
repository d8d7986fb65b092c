// The review comments as WordprocessingML text: word/comments.xml and, for
// threads, word/commentsExtended.xml and word/commentsIds.xml, element for
// element what the docx library writes from the same entries (see
// ../comments.ts), which on a report with hundreds of comments took a good
// part of the package time. The library is still given a stand-in comment
// (and reply) so that it writes these parts with their relationships and
// content types; their content is then replaced with this text, keeping the
// library's own root elements and namespace declarations.

import type { ICommentOptions } from 'docx';
import type { WordCommentEntry } from '../comments';
import { xmlEscape } from './xml-text';

export const COMMENTS_PART = 'word/comments.xml';
export const COMMENTS_EXTENDED_PART = 'word/commentsExtended.xml';
export const COMMENTS_IDS_PART = 'word/commentsIds.xml';

/** Word's paragraph id of a comment, as the library derives it from the comment id. */
function paraIdOf(id: number): string {
  return (id + 1).toString(16).toUpperCase().padStart(8, '0');
}

/** Stand-ins that make the library write the same comment parts as the real entries would. */
export function standInComments(entries: readonly WordCommentEntry[]): ICommentOptions[] {
  if (entries.length === 0) return [];
  const first: ICommentOptions = { id: 0, author: '', initials: '', date: new Date(0), children: [], durableId: '10000000' };
  const threaded = entries.some((entry) => entry.parentId !== undefined);
  return threaded ? [first, { ...first, id: 1, parentId: 0, durableId: '10000001' }] : [first];
}

/** Every comment has a durable id, so every comment's last paragraph carries its paragraph id. */
function commentXml(entry: WordCommentEntry): string {
  const date = (entry.date ?? new Date()).toISOString();
  let out = `<w:comment w:id="${entry.id}" w:initials="${xmlEscape(entry.initials)}" w:author="${xmlEscape(entry.author)}" w:date="${date}">`;
  entry.lines.forEach((line, index) => {
    const ids = index === entry.lines.length - 1 ? ` w14:paraId="${paraIdOf(entry.id)}" w14:textId="${paraIdOf(entry.id)}"` : '';
    out += `<w:p${ids}><w:r><w:t xml:space="preserve">${xmlEscape(line)}</w:t></w:r></w:p>`;
  });
  return `${out}</w:comment>`;
}

/** The part's text with everything inside its root element replaced (the stand-ins make it non-empty). */
function withContent(part: string, root: string, content: string): string {
  const open = part.indexOf(`<${root} `);
  const close = part.lastIndexOf(`</${root}>`);
  if (open < 0 || close < open) throw new Error(`the comments part has no <${root}> with content`);
  return part.slice(0, part.indexOf('>', open) + 1) + content + part.slice(close);
}

/** The comment parts' new texts, from the library's texts of the same parts (made for the stand-ins). */
export function commentPartsXml(entries: readonly WordCommentEntry[], library: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  if (entries.length === 0) return out;
  const threaded = entries.some((entry) => entry.parentId !== undefined);
  const part = (path: string) => {
    const text = library.get(path);
    if (text === undefined) throw new Error(`the package has no ${path}`);
    return text;
  };
  out.set(COMMENTS_PART, withContent(part(COMMENTS_PART), 'w:comments', entries.map(commentXml).join('')));
  if (threaded) {
    const items = entries.map((entry) => `<w15:commentEx w15:paraId="${paraIdOf(entry.id)}"${entry.parentId !== undefined ? ` w15:paraIdParent="${paraIdOf(entry.parentId)}"` : ''}/>`);
    out.set(COMMENTS_EXTENDED_PART, withContent(part(COMMENTS_EXTENDED_PART), 'w15:commentsEx', items.join('')));
  }
  const ids = entries.map((entry) => `<w16cid:commentId w16cid:paraId="${paraIdOf(entry.id)}" w16cid:durableId="${xmlEscape(entry.durableId)}"/>`);
  out.set(COMMENTS_IDS_PART, withContent(part(COMMENTS_IDS_PART), 'w16cid:commentsIds', ids.join('')));
  return out;
}
