// Text cleaning for the report: everything a user typed passes through
// unchanged (emoji, <>&"', very long words) except characters no document
// format can hold — control characters, unpaired surrogates and the XML
// non-characters U+FFFE/U+FFFF. A line feed stays: it means a line break; a
// tab becomes a space so the words on either side stay apart.

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Any character one of the replacements below could touch (\r and \t are controls too). */
// eslint-disable-next-line no-control-regex
const MAY_NEED_CLEANING = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufffe\uffff]/;
const WHITESPACE = /\s+/;
const STARTS_UPPERCASE = /^\p{Lu}/u;

export function cleanText(text: string): string {
  // Nearly every text is clean: one scan instead of four replacements.
  if (!MAY_NEED_CLEANING.test(text)) return text;
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '').replace(LONE_SURROGATE, '');
}

/** True when the text shows nothing once cleaned. */
export function isBlank(text: string): boolean {
  return cleanText(text).trim() === '';
}

/** "Marleen Verhoef" → "MV"; at most three letters, '' for an empty name. */
export function initialsOf(name: string): string {
  return cleanText(name)
    .split(WHITESPACE)
    .filter((part) => STARTS_UPPERCASE.test(part) && !part.endsWith('.'))
    .map((part) => part[0])
    .join('')
    .slice(0, 3);
}
