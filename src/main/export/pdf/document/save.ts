// Writing the finished document. pdf-lib's save() packs the many small
// dictionaries (links, bookmarks, annotations) into object streams and the
// cross-reference table into a stream, and deflates each with pako, its
// JavaScript zlib: on a large report that cost more than a tenth of a second,
// most of it in a cold, not yet optimised deflate. Here the same writer runs,
// but those streams are deflated with Node's zlib, native, as every other
// stream of the report already is (paint/content.ts). What they hold is unchanged; only the
// compressed bytes differ. pdf-lib has no option for this: while the writer
// builds its streams, its two factory functions are wrapped so each stream it
// makes is compressed by zlib. The writer does all of that synchronously when
// told never to pause (objectsPerTick: Infinity), so the wrapping is undone
// before any other code can run.

import { Cache, type PDFContext, PDFCrossRefStream, type PDFDict, type PDFDocument, type PDFForm, PDFName, PDFObjectStream, PDFStreamWriter } from 'pdf-lib';
import { deflateSync } from 'node:zlib';

/**
 * zlib level of the object and cross-reference streams: 6, pako's default, so the file stays
 * as small as with pako (these streams are a small part of the report: level 6 costs a few ms).
 */
export const OBJECT_STREAM_LEVEL = 6;

/** The parts of a pdf-lib flate stream (PDFObjectStream, PDFCrossRefStream) replaced here. */
interface FlateStreamParts {
  dict: PDFDict;
  getUnencodedContents(): Uint8Array;
  contentsCache: Cache<Uint8Array>;
}

/** Makes a stream built without encoding deflate its contents with zlib, as it would have with pako. */
function zlibEncoded<T>(stream: T): T {
  const parts = stream as unknown as FlateStreamParts;
  parts.dict.set(PDFName.of('Filter'), PDFName.of('FlateDecode'));
  parts.contentsCache = Cache.populatedBy(() => deflateSync(parts.getUnencodedContents(), { level: OBJECT_STREAM_LEVEL }));
  return stream;
}

/** Whether this pdf-lib has the parts the zlib writer relies on (else save() is used as it is). */
function writerHooksAvailable(): boolean {
  return typeof PDFObjectStream.withContextAndObjects === 'function' && typeof PDFCrossRefStream.create === 'function' && typeof Cache.populatedBy === 'function';
}

/**
 * The document's bytes, as `pdf.save({ useObjectStreams: true, objectsPerTick: Infinity })`
 * writes them (same objects, same object streams, same cross-reference stream) but with
 * those streams deflated by zlib.
 */
export async function savePdf(pdf: PDFDocument): Promise<Uint8Array> {
  if (!writerHooksAvailable()) return pdf.save({ useObjectStreams: true, objectsPerTick: Number.POSITIVE_INFINITY });
  // What save() does before writing: a page for an empty document, the appearances of a form
  // if one was made (getForm() would make one), then the pending embeds (images; the report's
  // fonts work out their glyph-dependent parts as the objects are written, paint/font-embed.ts).
  if (pdf.getPageCount() === 0) pdf.addPage();
  (pdf as unknown as { formCache?: Cache<PDFForm> }).formCache?.getValue()?.updateFieldAppearances();
  await pdf.flush();
  const objectStreams = PDFObjectStream.withContextAndObjects;
  const crossRefStreams = PDFCrossRefStream.create;
  let written: Promise<Uint8Array>;
  try {
    PDFObjectStream.withContextAndObjects = (context: PDFContext, objects: Parameters<typeof objectStreams>[1], encode?: boolean) =>
      encode === false ? objectStreams(context, objects, false) : zlibEncoded(objectStreams(context, objects, false));
    PDFCrossRefStream.create = (dict: PDFDict, encode?: boolean) => (encode === false ? crossRefStreams(dict, false) : zlibEncoded(crossRefStreams(dict, false)));
    // Runs to completion synchronously (no pauses), so the wrappers see only this document's streams.
    written = PDFStreamWriter.forContext(pdf.context, Number.POSITIVE_INFINITY).serializeToBuffer();
  } finally {
    PDFObjectStream.withContextAndObjects = objectStreams;
    PDFCrossRefStream.create = crossRefStreams;
  }
  return written;
}
