// PDF strings for the document-level parts. pdf-lib 1.17.1 writes
// PDFString.of(value) as "(value)" without escaping, so a lone parenthesis or
// backslash (common in URLs) would break the file. Text strings therefore go
// through PDFHexString.fromText (UTF-16BE), byte strings through hexBytes.

import { PDFHexString } from 'pdf-lib';
import { AppError } from '../../../../shared/errors';
import { metadataText } from './metadata';

/** A text string (outline titles, annotation contents): any Unicode, one line unless `multiline`. */
export function textString(text: string, options: { multiline?: boolean } = {}): PDFHexString {
  const clean = options.multiline
    ? text.split(/\r\n?|\n/).map(metadataText).join('\n')
    : metadataText(text);
  return PDFHexString.fromText(clean);
}

/** A byte string of 7-bit ASCII text (URIs, destination names), written in hex. */
export function asciiString(text: string): PDFHexString {
  let hex = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7e || code < 0x20) throw new AppError('INTERNAL', { reason: 'PDF byte string is not printable ASCII' });
    hex += code.toString(16).padStart(2, '0');
  }
  return PDFHexString.of(hex);
}
