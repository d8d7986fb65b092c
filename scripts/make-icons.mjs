// Builds the platform icons from resources/icons/icon.svg: icon.png (512 px, Linux),
// icon.ico (Windows: 16–256 px) and icon.icns (macOS: 16–1024 px). Both container
// formats may hold PNG images directly, so they are written here by hand around
// PNGs rasterised with resvg (no ImageMagick or iconutil needed).
// Run: node scripts/make-icons.mjs

import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

const require = createRequire(import.meta.url);
const dir = 'resources/icons';

await initWasm(await readFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const svg = await readFile(`${dir}/icon.svg`, 'utf8');
const png = (size) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

/** ICO: a 6-byte header, a 16-byte entry per image, then the PNGs. Width/height 0 means 256. */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.data)]);
}

/** ICNS: 'icns' + total length, then per image a 4-letter type + length (incl. 8-byte head) + PNG. */
function icns(images) {
  const chunks = images.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

await writeFile(`${dir}/icon.png`, png(512));
await writeFile(`${dir}/icon.ico`, ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, data: png(size) }))));
await writeFile(
  `${dir}/icon.icns`,
  icns([
    { type: 'icp4', data: png(16) },
    { type: 'icp5', data: png(32) },
    { type: 'icp6', data: png(64) },
    { type: 'ic07', data: png(128) },
    { type: 'ic08', data: png(256) },
    { type: 'ic09', data: png(512) },
    { type: 'ic10', data: png(1024) },
  ]),
);
console.log(`make-icons: ${dir}/icon.png, icon.ico, icon.icns`);
