// Puts a body written as WordprocessingML text into the package the docx
// library made for everything else (styles, numbering, settings, headers and
// footers, comments, properties, title page, table of contents). The
// library's main part ends with the section properties, the last child of
// w:body: the body goes right before them, its relationships go into the main
// part's relationships, its pictures into word/media, and the whole package
// is zipped again with native deflate (see zip.ts).

import type { BodyMedia, BodyRelationship } from '../xml/body-context';
import { xmlEscape } from '../xml/xml-text';
import { unzipPackage } from './unzip';
import { zipPackage, type ZipEntry } from './zip';

export interface BodyAdditions {
  xml: string;
  relationships: readonly BodyRelationship[];
  media: readonly BodyMedia[];
}

const DOCUMENT = 'word/document.xml';
const DOCUMENT_RELS = 'word/_rels/document.xml.rels';
const TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

function relationshipXml(relationship: BodyRelationship): string {
  const external = relationship.type === 'hyperlink' ? ' TargetMode="External"' : '';
  return `<Relationship Id="${xmlEscape(relationship.id)}" Type="${TYPES}${relationship.type}" Target="${xmlEscape(relationship.target)}"${external}/>`;
}

/** Text inserted into a part right before the last occurrence of a marker; a missing marker is a broken invariant. */
function insertBefore(part: string, marker: string, text: string, name: string): string {
  const at = part.lastIndexOf(marker);
  if (at < 0) throw new Error(`${name} has no ${marker}`);
  return part.slice(0, at) + text + part.slice(at);
}

export function spliceBody(packageBytes: Uint8Array, body: BodyAdditions): Uint8Array {
  return spliceBodyIntoFiles(unzipPackage(packageBytes), body);
}

/** The same, for the package's files by path (in zip order), as the library compiled them. */
export function spliceBodyIntoFiles(files: ReadonlyMap<string, Uint8Array>, body: BodyAdditions): Uint8Array {
  const text = (path: string) => {
    const data = files.get(path);
    if (!data) throw new Error(`the package has no ${path}`);
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  };
  for (const media of body.media) if (files.has(media.path)) throw new Error(`${media.path} already exists in the package`);
  const document = insertBefore(text(DOCUMENT), '<w:sectPr', body.xml, DOCUMENT);
  const relationships = insertBefore(text(DOCUMENT_RELS), '</Relationships>', body.relationships.map(relationshipXml).join(''), DOCUMENT_RELS);
  const entries: ZipEntry[] = [...files].map(([path, data]) => {
    if (path === DOCUMENT) return { path, data: Buffer.from(document, 'utf8') };
    if (path === DOCUMENT_RELS) return { path, data: Buffer.from(relationships, 'utf8') };
    return { path, data };
  });
  entries.push(...body.media);
  return zipPackage(entries);
}
