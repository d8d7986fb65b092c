// Reads back the zip the docx library just wrote, with Node's native inflate
// (faster than a JavaScript inflate, and no warm-up in a fresh process). Only
// for that trusted, in-process input: entries are found through the central
// directory, stored or deflated, without Zip64 or encryption; anything else
// is a broken invariant and throws. Imported files from outside are read by review-import, not here.

import { inflateRawSync } from 'node:zlib';

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** The package's files by path, in the order of its central directory. */
export function unzipPackage(bytes: Uint8Array): Map<string, Uint8Array> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = data.length - 22;
  while (end >= 0 && data.readUInt32LE(end) !== END_SIGNATURE) end -= 1;
  if (end < 0) throw new Error('zip without an end of central directory');
  const count = data.readUInt16LE(end + 10);
  let at = data.readUInt32LE(end + 16);
  const files = new Map<string, Uint8Array>();
  for (let index = 0; index < count; index += 1) {
    if (data.readUInt32LE(at) !== CENTRAL_SIGNATURE) throw new Error('zip central directory is damaged');
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const size = data.readUInt32LE(at + 24);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const local = data.readUInt32LE(at + 42);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (data.readUInt32LE(local) !== LOCAL_SIGNATURE) throw new Error(`zip entry ${name} is damaged`);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const raw = data.subarray(start, start + compressedSize);
    const content = method === 0 ? raw : method === 8 ? inflateRawSync(raw) : null;
    if (!content || content.length !== size) throw new Error(`zip entry ${name} cannot be read`);
    if (!name.endsWith('/')) files.set(name, new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
  }
  return files;
}
