// Pre-formatted dictionaries for the many small objects of links, bookmarks and
// comment notes. pdf-lib saves a PDFDict by walking its entries twice (once to
// size it, once to copy it), every key, number and nested array through calls
// of its own; a long report has hundreds of these dictionaries, each written
// once, in code that runs cold. A RawPdfObject holds the very text pdf-lib
// would write for the dictionary ("<<\n/Key value\n…>>", arrays as "[ a b ]"),
// so it is sized and copied in one step and the file stays byte for byte the
// same (tests/main/export/pdf/document compares both ways of building).
// The text is 7-bit ASCII by construction: fixed names, numbers, references and
// hex strings. It is written, never read back: pdf-lib's lookup does not see a
// dictionary in it, and copying it into another document would not renumber
// the references in it, so anything that must read, change or copy such an
// object after it is added has to build it as a PDFDict instead.

import { PDFObject, type PDFRef } from 'pdf-lib';
import { pdfNumber } from '../paint/content';
import { AppError } from '../../../../shared/errors';

const ascii = new TextEncoder();

/** An object whose bytes are its text, as given. */
export class RawPdfObject extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }

  override clone(): RawPdfObject {
    return new RawPdfObject(this.text);
  }

  override toString(): string {
    return this.text;
  }

  override sizeInBytes(): number {
    return this.text.length;
  }

  override copyBytesInto(buffer: Uint8Array, offset: number): number {
    const { length } = this.text;
    // One byte per character is what sizeInBytes() promised the writer: anything but 7-bit
    // ASCII takes more as UTF-8 and so does not fit (checked here, where it costs nothing).
    const { read, written } = ascii.encodeInto(this.text, buffer.subarray(offset, offset + length));
    if (read !== length || written !== length) throw new AppError('INTERNAL', { reason: 'raw PDF object is not 7-bit ASCII' });
    return length;
  }
}

/** A number as pdf-lib writes it (PDFNumber), as in page content. */
export { pdfNumber } from '../paint/content';

/** An indirect reference as written: "12 0 R". */
export function pdfRef(ref: PDFRef): string {
  return ref.toString();
}

/** Numbers as a PDF array: "[ 1 2.5 3 ]". */
export function numberArray(values: readonly number[]): string {
  let text = '[ ';
  for (const value of values) text += `${pdfNumber(value)} `;
  return `${text}]`;
}
