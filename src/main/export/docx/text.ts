// Text that is always safe inside WordprocessingML: the report model already
// strips control characters, but the file must never break, so this is the
// last line of defence (XML 1.0 forbids most C0 controls and lone surrogates).
// The docx library escapes &, < and > itself.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_CLEANING = /[\r\t\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\ud800-\udfff]/;

export function safeText(text: string): string {
  // Nearly every text is clean already: one scan instead of four replacements.
  if (!NEEDS_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\ufffd');
}

/** The lines of a text; '\n' is a line break inside one paragraph. */
export function textLines(text: string): string[] {
  return safeText(text).split('\n');
}

/**
 * A bookmark name Word accepts: starts with a letter, only letters, digits and
 * '_', at most 40 characters. Collisions after shortening get a numeric suffix.
 */
export function bookmarkName(anchor: string, taken: Set<string>): string {
  let base = anchor.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z]/.test(base)) base = `b_${base}`;
  base = base.slice(0, 40);
  let name = base;
  for (let counter = 2; taken.has(name); counter += 1) {
    const suffix = `_${counter}`;
    name = base.slice(0, 40 - suffix.length) + suffix;
  }
  taken.add(name);
  return name;
}
