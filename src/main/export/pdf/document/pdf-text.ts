// PDF strings for the document-level parts. pdf-lib 1.17.1 writes
// PDFString.of(value) as "(value)" without escaping, so a lone parenthesis or
// backslash (common in URLs) would break the file. Text strings are therefore
// written in hex as UTF-16BE with a byte order mark (what PDFHexString.fromText
// gives), byte strings in hex as they are. The *Hex functions give the digits
// alone, for the pre-formatted dictionaries (raw-object.ts).

import { PDFHexString } from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import { metadataText } from './metadata';

/** Two hex digits per byte value: lower case (byte strings), upper case (text strings, as pdf-lib writes them). */
const HEX_LOWER = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
const HEX_UPPER = HEX_LOWER.map((digits) => digits.toUpperCase());

/**
 * The hex digits of a text string (outline titles, annotation contents): any Unicode, one line
 * unless `multiline`; the same digits as PDFHexString.fromText. Line breaks and control
 * characters are cleaned first and lone surrogates replaced, so each UTF-16 code unit is
 * written as it is, after the byte order mark.
 */
export function textHex(text: string, options: { multiline?: boolean } = {}): string {
  const clean = options.multiline
    ? text.split(/\r\n?|\n/).map(metadataText).join('\n')
    : metadataText(text);
  let hex = 'FEFF';
  for (let i = 0; i < clean.length; i += 1) {
    const unit = clean.charCodeAt(i);
    hex += HEX_UPPER[unit >> 8] + HEX_UPPER[unit & 0xff];
  }
  return hex;
}

/** A text string (outline titles, annotation contents): any Unicode, one line unless `multiline`. */
export function textString(text: string, options: { multiline?: boolean } = {}): PDFHexString {
  return PDFHexString.of(textHex(text, options));
}

/** The hex digits of a byte string of printable 7-bit ASCII text (URIs, destination names). */
export function asciiHex(text: string): string {
  let hex = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7e || code < 0x20) throw new AppError('INTERNAL', { reason: 'PDF byte string is not printable ASCII' });
    hex += HEX_LOWER[code];
  }
  return hex;
}

/** A byte string of 7-bit ASCII text (URIs, destination names), written in hex. */
export function asciiString(text: string): PDFHexString {
  return PDFHexString.of(asciiHex(text));
}
