// The files of the package the docx library writes for everything but the
// body, taken before the library zips them. Its zip (a JavaScript deflate)
// was only ever read back and zipped again natively by the body splice, so
// on a large report it was a good part of the package time for nothing. The
// library's compiler is not public API: if a future version no longer has
// it, or it gives something else than a Map of parts, the files come from
// the library's zip as before — the same files either way (tested).

import { Packer, type Document } from 'docx';
import { unzipPackage } from './unzip';

type PartData = string | ArrayBufferView | ArrayBuffer;

interface PackageCompiler {
  compile(file: Document): Map<string, PartData>;
}

function bytesOf(data: unknown): Uint8Array | null {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return null;
}

/** The compiled parts straight from the library, or null when its compiler is not there as expected. */
export function compiledFiles(document: Document): Map<string, Uint8Array> | null {
  const compiler = (Packer as unknown as { compiler?: Partial<PackageCompiler> }).compiler;
  if (typeof compiler?.compile !== 'function') return null;
  const parts: unknown = compiler.compile(document);
  if (!(parts instanceof Map)) return null;
  const files = new Map<string, Uint8Array>();
  for (const [path, data] of parts) {
    const bytes = bytesOf(data);
    if (typeof path !== 'string' || bytes === null) return null;
    files.set(path, bytes);
  }
  return files;
}

/** The library's package as files by path, in its zip order. */
export async function libraryPackageFiles(document: Document, options: { viaZip?: boolean } = {}): Promise<Map<string, Uint8Array>> {
  const direct = options.viaZip ? null : compiledFiles(document);
  if (direct) return direct;
  const zipped = await Packer.toBuffer(document);
  return unzipPackage(new Uint8Array(zipped.buffer, zipped.byteOffset, zipped.byteLength));
}
