// A small, strict XML tokenizer for the few WordprocessingML parts the review
// import reads. It is deliberately not a general XML parser: no DTDs, no
// entity declarations, no external anything. A DOCTYPE or ENTITY declaration is
// refused outright (Word never writes one, and it is how entity-expansion and
// external-entity attacks start); only the five predefined entities and
// character references are decoded. Tags must nest properly, or the part is
// refused, so a damaged document gives a coded error instead of guesses.

import { AppError } from '../../shared/errors';

export type XmlEvent =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const TAG = /<(\/)?([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/)?>/y;
const ATTR = /([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(raw: string, part: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;\s&]{0,12});?/g, (whole, name: string) => {
    if (!whole.endsWith(';')) throw new AppError('DOCX_XML_INVALID', { part });
    if (name in PREDEFINED) return PREDEFINED[name];
    const hex = /^#x([0-9A-Fa-f]{1,6})$/.exec(name);
    const dec = /^#([0-9]{1,7})$/.exec(name);
    const code = hex ? parseInt(hex[1], 16) : dec ? parseInt(dec[1], 10) : NaN;
    if (Number.isNaN(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) throw new AppError('DOCX_XML_INVALID', { part });
    return String.fromCodePoint(code);
  });
}

/**
 * Calls `onEvent` for every element and text node of `xml`, in order.
 * `part` names the part in error messages.
 */
export function readXml(xml: string, part: string, onEvent: (event: XmlEvent) => void): void {
  const stack: string[] = [];
  let at = 0;
  let sawRoot = false;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt === -1 ? xml.length : lt;
    if (textEnd > at) {
      const raw = xml.slice(at, textEnd);
      if (stack.length > 0) onEvent({ type: 'text', text: decode(raw, part) });
      else if (raw.trim() !== '') throw new AppError('DOCX_XML_INVALID', { part });
    }
    if (lt === -1) break;
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) throw new AppError('DOCX_XML_INVALID', { part });
      at = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) throw new AppError('DOCX_XML_INVALID', { part });
      at = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1 || stack.length === 0) throw new AppError('DOCX_XML_INVALID', { part });
      onEvent({ type: 'text', text: xml.slice(lt + 9, end) });
      at = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      // <!DOCTYPE …>, <!ENTITY …>: never in a Word document, refused for safety.
      throw new AppError('DOCX_XML_ENTITIES', { part });
    } else {
      TAG.lastIndex = lt;
      const match = TAG.exec(xml);
      if (!match) throw new AppError('DOCX_XML_INVALID', { part });
      const [whole, closing, name, rawAttrs, selfClosing] = match;
      at = lt + whole.length;
      if (closing) {
        if (rawAttrs || selfClosing || stack.pop() !== name) throw new AppError('DOCX_XML_INVALID', { part });
        onEvent({ type: 'close', name });
        continue;
      }
      if (stack.length === 0) {
        if (sawRoot) throw new AppError('DOCX_XML_INVALID', { part });
        sawRoot = true;
      }
      const attrs: Record<string, string> = {};
      for (const attr of rawAttrs.matchAll(ATTR)) attrs[attr[1]] = decode(attr[2] ?? attr[3] ?? '', part);
      onEvent({ type: 'open', name, attrs, selfClosing: Boolean(selfClosing) });
      if (selfClosing) onEvent({ type: 'close', name });
      else stack.push(name);
    }
  }
  if (stack.length > 0 || !sawRoot) throw new AppError('DOCX_XML_INVALID', { part });
}
