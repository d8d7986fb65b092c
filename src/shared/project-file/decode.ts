// Bytes → text for project files. Refuses what is clearly not a text file with
// a precise reason before any JSON parsing, so the user gets "this is an image"
// rather than "unexpected token at position 0".

import { AppError } from '../errors';

/** Leading bytes of binary formats users plausibly pick by mistake. */
const binarySignatures: { name: string; bytes: number[] }[] = [
  { name: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { name: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'gzip', bytes: [0x1f, 0x8b] },
  { name: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (bytes.length % 2 !== 0) throw new AppError('FILE_ENCODING');
  // Swap to little-endian ourselves: not every runtime's TextDecoder knows 'utf-16be'.
  const le = bigEndian ? new Uint8Array(bytes.length) : bytes;
  if (bigEndian) {
    for (let i = 0; i < bytes.length; i += 2) {
      le[i] = bytes[i + 1];
      le[i + 1] = bytes[i];
    }
  }
  try {
    return new TextDecoder('utf-16le', { fatal: true }).decode(le);
  } catch (cause) {
    throw new AppError('FILE_ENCODING', {}, { cause });
  }
}

/**
 * Decodes a project file's bytes. UTF-8 is the format (a leading BOM, as some
 * Windows editors write, is dropped); UTF-16 is accepted only with a BOM, for
 * files re-saved by Notepad-like tools.
 */
export function decodeProjectBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), false);
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), true);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (body.length === 0) throw new AppError('FILE_EMPTY');
  if (binarySignatures.some((sig) => startsWith(body, sig.bytes))) throw new AppError('FILE_BINARY');
  // A NUL byte never occurs in a UTF-8 JSON text; it marks binary data (or BOM-less UTF-16).
  if (body.includes(0)) throw new AppError('FILE_BINARY');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch (cause) {
    throw new AppError('FILE_ENCODING', {}, { cause });
  }
}
