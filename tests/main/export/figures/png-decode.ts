// A small PNG reader for the tests: checks the signature and every chunk's
// CRC, then decodes 8-bit RGBA (colour type 6), RGB (2) and palette (3)
// pictures with unfiltered rows (what our encoders write) into RGBA pixels.

import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  colourType: number;
  /** Pixels per metre from pHYs (0 when absent). */
  pixelsPerMetre: number;
  paletteSize: number;
  rgba: Uint8Array;
}

export function decodePng(png: Uint8Array): DecodedPng {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (!bytes.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) throw new Error('not a PNG signature');
  let width = 0;
  let height = 0;
  let colourType = -1;
  let pixelsPerMetre = 0;
  let palette = Buffer.alloc(0);
  const idat: Buffer[] = [];
  let ended = false;
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    if ((crc32(bytes.subarray(at + 4, at + 8 + length)) >>> 0) !== bytes.readUInt32BE(at + 8 + length)) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error(`bit depth ${data[8]}`);
      colourType = data[9];
    } else if (type === 'pHYs') pixelsPerMetre = data.readUInt32BE(0);
    else if (type === 'PLTE') palette = Buffer.from(data);
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    at += 12 + length;
  }
  if (!ended) throw new Error('no IEND');
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : colourType === 3 ? 1 : 0;
  if (channels === 0) throw new Error(`colour type ${colourType}`);
  if (colourType === 3 && (palette.length === 0 || palette.length % 3 !== 0 || palette.length > 768)) throw new Error('bad palette');
  const raw = inflateSync(Buffer.concat(idat));
  const rowBytes = width * channels + 1;
  if (raw.length !== rowBytes * height) throw new Error(`expected ${rowBytes * height} bytes of rows, got ${raw.length}`);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    if (raw[y * rowBytes] !== 0) throw new Error(`row ${y} has filter ${raw[y * rowBytes]}`);
    for (let x = 0; x < width; x += 1) {
      const from = y * rowBytes + 1 + x * channels;
      const to = (y * width + x) * 4;
      if (colourType === 3) {
        const index = raw[from];
        if (index * 3 >= palette.length) throw new Error(`index ${index} outside the palette`);
        rgba.set([palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2], 255], to);
      } else {
        rgba.set([raw[from], raw[from + 1], raw[from + 2], channels === 4 ? raw[from + 3] : 255], to);
      }
    }
  }
  return { width, height, colourType, pixelsPerMetre, paletteSize: palette.length / 3, rgba };
}
