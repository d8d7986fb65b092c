import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { D50, TRC_POINTS, srgbIccProfile, srgbToLinear } from '../../../../../src/main/export/pdf/document/srgb-icc';

const run = promisify(execFile);
const folder = mkdtempSync(path.join(os.tmpdir(), 'drijfveer-icc-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const sig = (bytes: Uint8Array, at: number): string => String.fromCharCode(...bytes.subarray(at, at + 4));

interface Tag {
  signature: string;
  offset: number;
  size: number;
}

function tagTable(bytes: Uint8Array): Tag[] {
  const v = view(bytes);
  const count = v.getUint32(128);
  return Array.from({ length: count }, (_, i) => ({
    signature: sig(bytes, 132 + i * 12),
    offset: v.getUint32(136 + i * 12),
    size: v.getUint32(140 + i * 12),
  }));
}

function xyzTag(bytes: Uint8Array, name: string): number[] {
  const tag = tagTable(bytes).find((t) => t.signature === name);
  if (!tag) throw new Error(`no ${name}`);
  expect(sig(bytes, tag.offset)).toBe('XYZ ');
  return [0, 1, 2].map((i) => view(bytes).getInt32(tag.offset + 8 + i * 4) / 65536);
}

/** A one-page PDF whose page is filled with one colour in an ICCBased space made from `profile`. */
async function iccFilledPage(profile: Uint8Array, rgb: [number, number, number], name: string): Promise<string> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([100, 100]);
  const iccRef = pdf.context.register(pdf.context.stream(profile, { N: 3 }));
  page.node.Resources()?.set(PDFName.of('ColorSpace'), pdf.context.obj({ CS0: [PDFName.of('ICCBased'), iccRef] }));
  const content = pdf.context.register(pdf.context.stream(`/CS0 cs ${rgb.join(' ')} sc 0 0 100 100 re f`));
  page.node.set(PDFName.of('Contents'), content);
  const file = path.join(folder, name);
  writeFileSync(file, await pdf.save());
  return file;
}

/** The colour of the centre pixel as pdftoppm (poppler with Little CMS) renders it. */
async function renderedCentre(file: string, extra: string[] = []): Promise<{ rgb: number[]; stderr: string }> {
  const out = path.join(folder, `${path.basename(file)}-${extra.length}`);
  const { stderr } = await run('pdftoppm', ['-r', '18', '-singlefile', ...extra, file, out]);
  const ppm = readFileSync(`${out}.ppm`);
  // Binary PPM: "P6\n<w> <h>\n255\n" then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('not a PPM');
  const [w, h] = [Number(header[1]), Number(header[2])];
  const at = header[0].length + (Math.floor(h / 2) * w + Math.floor(w / 2)) * 3;
  return { rgb: [ppm[at], ppm[at + 1], ppm[at + 2]], stderr };
}

describe('srgbIccProfile', () => {
  const bytes = srgbIccProfile();

  it('has a valid version 2 display profile header', () => {
    const v = view(bytes);
    expect(v.getUint32(0)).toBe(bytes.length);
    expect(sig(bytes, 36)).toBe('acsp');
    expect(v.getUint32(8)).toBe(0x02100000);
    expect(sig(bytes, 12)).toBe('mntr');
    expect(sig(bytes, 16)).toBe('RGB ');
    expect(sig(bytes, 20)).toBe('XYZ ');
    expect([0, 1, 2].map((i) => v.getInt32(68 + i * 4) / 65536)).toEqual(D50.map((d) => Math.round(d * 65536) / 65536));
    expect(bytes.length % 4).toBe(0);
  });

  it('has every tag a matrix/TRC profile needs, inside the file and 4-byte aligned', () => {
    const tags = tagTable(bytes);
    expect(tags.map((t) => t.signature).sort()).toEqual(['bTRC', 'bXYZ', 'chad', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt']);
    for (const tag of tags) {
      expect(tag.offset % 4, tag.signature).toBe(0);
      expect(tag.offset, tag.signature).toBeGreaterThanOrEqual(128 + 4 + tags.length * 12);
      expect(tag.offset + tag.size, tag.signature).toBeLessThanOrEqual(bytes.length);
    }
    const typeOf = (name: string): string => sig(bytes, tags.find((t) => t.signature === name)!.offset);
    expect(typeOf('desc')).toBe('desc');
    expect(typeOf('cprt')).toBe('text');
    expect(typeOf('chad')).toBe('sf32');
    expect(typeOf('rTRC')).toBe('curv');
    const desc = tags.find((t) => t.signature === 'desc')!;
    const length = view(bytes).getUint32(desc.offset + 8);
    expect(String.fromCharCode(...bytes.subarray(desc.offset + 12, desc.offset + 12 + length - 1))).toBe('sRGB IEC61966-2.1');
  });

  it('holds the published D50 (Bradford) sRGB primaries, summing to the D50 white', () => {
    // Reference values: sRGB → XYZ (D50, Bradford) as widely published (e.g. B. Lindbloom's tables).
    const reference = {
      rXYZ: [0.4360747, 0.2225045, 0.0139322],
      gXYZ: [0.3850649, 0.7168786, 0.0971045],
      bXYZ: [0.1430804, 0.0606169, 0.7141733],
    };
    for (const [name, expected] of Object.entries(reference)) {
      xyzTag(bytes, name).forEach((value, i) => expect(Math.abs(value - expected[i]), `${name}[${i}]`).toBeLessThan(5e-4));
    }
    const sum = [0, 1, 2].map((i) => xyzTag(bytes, 'rXYZ')[i] + xyzTag(bytes, 'gXYZ')[i] + xyzTag(bytes, 'bXYZ')[i]);
    sum.forEach((value, i) => expect(Math.abs(value - D50[i])).toBeLessThan(1 / 65536));
    expect(xyzTag(bytes, 'wtpt').map((x) => x.toFixed(4))).toEqual(D50.map((x) => x.toFixed(4)));
  });

  it('samples the sRGB transfer curve', () => {
    const tag = tagTable(bytes).find((t) => t.signature === 'gTRC')!;
    const v = view(bytes);
    expect(v.getUint32(tag.offset + 8)).toBe(TRC_POINTS);
    const samples = Array.from({ length: TRC_POINTS }, (_, i) => v.getUint16(tag.offset + 12 + i * 2));
    expect(samples[0]).toBe(0);
    expect(samples[TRC_POINTS - 1]).toBe(65535);
    for (let i = 1; i < samples.length; i += 1) expect(samples[i]).toBeGreaterThanOrEqual(samples[i - 1]);
    // Encoded 0.5 is 21.4 % linear light (IEC 61966-2.1); interpolate between the two nearest samples.
    const at = 0.5 * (TRC_POINTS - 1);
    const lo = Math.floor(at);
    const mid = (samples[lo] + (samples[lo + 1] - samples[lo]) * (at - lo)) / 65535;
    expect(mid).toBeCloseTo(0.214, 3);
    expect(srgbToLinear(0.04045)).toBeCloseTo(0.04045 / 12.92, 6);
  });

  it('is byte-for-byte the same every time', () => {
    expect(Buffer.from(srgbIccProfile()).equals(Buffer.from(bytes))).toBe(true);
  });

  it('is accepted by poppler as a display profile, and a damaged copy is refused', async () => {
    const good = path.join(folder, 'srgb.icc');
    writeFileSync(good, bytes);
    const bad = Uint8Array.from(bytes);
    bad.set([0x78, 0x78, 0x78, 0x78], 36); // break the 'acsp' signature
    const broken = path.join(folder, 'broken.icc');
    writeFileSync(broken, bad);
    const file = await iccFilledPage(bytes, [0.8, 0.4, 0.2], 'display.pdf');

    const rendered = await renderedCentre(file, ['-displayprofile', good]);
    expect(rendered.stderr).toBe('');
    await expect(renderedCentre(file, ['-displayprofile', broken])).rejects.toThrow(/ICC|profile/i);
  });

  it('renders an ICCBased colour as the same sRGB colour, and wrong primaries visibly differ', async () => {
    const { rgb, stderr } = await renderedCentre(await iccFilledPage(bytes, [0.8, 0.4, 0.2], 'icc-colour.pdf'));
    expect(stderr).toBe('');
    rgb.forEach((value, i) => expect(Math.abs(value - [204, 102, 51][i]), `channel ${i}`).toBeLessThanOrEqual(3));

    // Swap the red and blue primaries: if poppler really uses the profile, the colour changes.
    const swapped = Uint8Array.from(bytes);
    const tags = tagTable(bytes);
    const r = tags.find((t) => t.signature === 'rXYZ')!;
    const b = tags.find((t) => t.signature === 'bXYZ')!;
    swapped.set(bytes.subarray(b.offset, b.offset + 20), r.offset);
    swapped.set(bytes.subarray(r.offset, r.offset + 20), b.offset);
    const other = await renderedCentre(await iccFilledPage(swapped, [0.8, 0.4, 0.2], 'icc-swapped.pdf'));
    expect(Math.abs(other.rgb[0] - 204) + Math.abs(other.rgb[2] - 51)).toBeGreaterThan(60);
  });
});
