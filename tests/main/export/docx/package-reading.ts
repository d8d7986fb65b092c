// Reading a DOCX package in-process for comparisons: its parts as text, and
// the main part normalised so that two writers of the same report can be
// compared — ids that are only unique numbers (bookmarks, drawings) are
// renumbered in order of appearance, and relationship ids are replaced by
// what they point at (a link's address, a picture's bytes).

import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';

export function packageParts(bytes: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(bytes)));
}

export function partText(parts: Map<string, Uint8Array>, path: string): string {
  const data = parts.get(path);
  if (!data) throw new Error(`no part ${path}`);
  return Buffer.from(data).toString('utf8');
}

/** Relationship id → { target, type } of the main part. */
export function mainRelationships(parts: Map<string, Uint8Array>): Map<string, { target: string; type: string; external: boolean }> {
  const rels = partText(parts, 'word/_rels/document.xml.rels');
  const out = new Map<string, { target: string; type: string; external: boolean }>();
  for (const match of rels.matchAll(/<Relationship ([^>]*)\/>/g)) {
    const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(match[1])?.[1] ?? '';
    out.set(attr('Id'), { target: attr('Target'), type: attr('Type').split('/').pop() ?? '', external: attr('TargetMode') === 'External' });
  }
  return out;
}

/** The w:body of the main part with writer-specific ids normalised (see the header). */
export function normalisedBody(bytes: Uint8Array): string {
  const parts = packageParts(bytes);
  const rels = mainRelationships(parts);
  const document = partText(parts, 'word/document.xml');
  const body = document.slice(document.indexOf('<w:body>'), document.indexOf('</w:body>'));
  const renumber = (pattern: RegExp, text: string): string => {
    const seen = new Map<string, number>();
    return text.replace(pattern, (_all, before: string, id: string) => {
      if (!seen.has(id)) seen.set(id, seen.size + 1);
      return `${before}"${seen.get(id)}"`;
    });
  };
  let out = renumber(/(<w:bookmark(?:Start [^>]*?|End ))w:id="(\d+)"/g, body.replace(/(<w:bookmarkStart) (w:name="[^"]*") (w:id="\d+")/g, '$1 $3 $2'));
  out = renumber(/(<wp:docPr )id="(\d+)"/g, out);
  out = out.replace(/r:(id|embed)="([^"]+)"/g, (_all, kind: string, id: string) => {
    const rel = rels.get(id);
    if (!rel) return `r:${kind}="MISSING ${id}"`;
    if (rel.type === 'image') {
      const data = parts.get(`word/${rel.target}`);
      return `r:${kind}="image sha1 ${data ? createHash('sha1').update(data).digest('hex') : 'MISSING'}"`;
    }
    return `r:${kind}="${rel.type} ${rel.external ? 'external ' : ''}${rel.target}"`;
  });
  return out;
}
