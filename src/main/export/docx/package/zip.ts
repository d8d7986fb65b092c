// A zip container for the DOCX package, written with Node's native deflate:
// the docx library's pure-JavaScript deflate took several times longer on a
// large document part. Level 6 (zlib's default) was measured to cost little
// more than level 1 on a large body part while keeping the file a quarter
// smaller. Pictures are already compressed and are stored as they are. Fixed
// timestamps keep the same input giving the same bytes. No Zip64: a package
// part would have to exceed 4 GiB.

import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

export const DEFLATE_LEVEL = 6;

/** Parts that gain nothing from deflate (already compressed image formats). */
const STORED = /\.(png|jpe?g|gif)$/i;
/** 1980-01-01 00:00, the earliest MS-DOS date. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
/** General purpose flag bit 11: names are UTF-8. */
const UTF8_FLAG = 0x0800;
const MAX_32 = 0xffffffff;

export function zipPackage(entries: readonly ZipEntry[], level = DEFLATE_LEVEL): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8');
    const stored = STORED.test(entry.path);
    const body = stored ? entry.data : deflateRawSync(entry.data, { level });
    if (entry.data.length >= MAX_32 || body.length >= MAX_32 || offset >= MAX_32) throw new RangeError('package part too large for a zip without Zip64');
    const crc = crc32(entry.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_FLAG, 6);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(entry.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(UTF8_FLAG, 8);
    header.writeUInt16LE(stored ? 0 : 8, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(entry.data.length, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt32LE(offset, 42);
    chunks.push(local, name, body);
    central.push(header, name);
    offset += local.length + name.length + body.length;
  }
  const centralSize = central.reduce((sum, chunk) => sum + chunk.length, 0);
  if (entries.length > 0xffff || offset >= MAX_32) throw new RangeError('package too large for a zip without Zip64');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const out = Buffer.concat([...chunks, ...central, end]);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
