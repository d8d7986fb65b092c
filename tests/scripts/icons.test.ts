// The packaged app's icons: forge.config.ts points makers at icon.ico (Squirrel),
// icon.icns (DMG/macOS) and icon.png (deb). These check the containers are
// well-formed and hold real PNG images of the sizes each platform asks for.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PNG_SIGNATURE = '89504e470d0a1a0a';
const icon = (name: string) => readFileSync(`resources/icons/${name}`);
const pngWidth = (png: Buffer) => png.readUInt32BE(16);

describe('application icons', () => {
  it('icon.ico holds PNG images from 16 to 256 px at the offsets its directory gives', () => {
    const ico = icon('icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + 16 * i;
      const size = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      const png = ico.subarray(offset, offset + size);
      expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
      widths.push(pngWidth(png));
      expect(ico.readUInt8(entry) || 256).toBe(pngWidth(png));
    }
    expect(widths).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('icon.icns chunks add up to the file and include 512 and 1024 px PNGs', () => {
    const icns = icon('icon.icns');
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const widths: Record<string, number> = {};
    for (let at = 8; at < icns.length; ) {
      const type = icns.subarray(at, at + 4).toString('ascii');
      const length = icns.readUInt32BE(at + 4);
      const png = icns.subarray(at + 8, at + length);
      expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
      widths[type] = pngWidth(png);
      at += length;
    }
    expect(widths).toMatchObject({ ic09: 512, ic10: 1024 });
  });

  it('icon.png is a 512 px PNG for Linux packages', () => {
    const png = icon('icon.png');
    expect(png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect(pngWidth(png)).toBe(512);
  });
});
