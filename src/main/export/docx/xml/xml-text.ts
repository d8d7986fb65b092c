// The smallest XML writer the report body needs: text and attribute values
// escaped (the five XML specials, as the docx library writes them) with
// whatever XML 1.0 cannot hold removed, so a body written as text can never
// make the package unreadable, even if an earlier cleaning step missed something.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const SPECIAL = /[&<>"']/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value, escaped and safe for XML 1.0. */
export function xmlEscape(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\ufffd').replace(SPECIAL, (char) => ENTITIES[char]);
}

/** `name="value"` pairs for the given attributes, in order, skipping undefined ones. */
export function attrs(pairs: readonly (readonly [string, string | number | undefined])[]): string {
  let out = '';
  for (const [name, value] of pairs) if (value !== undefined) out += ` ${name}="${xmlEscape(String(value))}"`;
  return out;
}

/** An on/off property the way Word writes it: `<w:b/>` for on, `w:val="false"` for an explicit off. */
export function onOff(name: string, value: boolean | undefined): string {
  if (value === undefined) return '';
  return value ? `<${name}/>` : `<${name} w:val="false"/>`;
}
