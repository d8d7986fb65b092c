// An sRGB ICC profile built in code. A PDF/A output intent needs an ICC
// profile and none ships with our dependencies, so we write a small version-2
// matrix/TRC display profile ourselves: the sRGB primaries and white point
// (IEC 61966-2.1) adapted to the D50 connection space with the Bradford
// transform, and the sRGB transfer curve sampled into tone-reproduction curves.
// Version 2 because PDF/A-2 allows only profiles up to version 4.2 and readers
// of every age understand version 2. The bytes are deterministic.

/** The ICC connection-space white (D50) as the ICC specification rounds it. */
export const D50: readonly [number, number, number] = [0.9642, 1.0, 0.8249];

/** sRGB (IEC 61966-2.1) chromaticities: red, green, blue and the D65 white. */
const PRIMARIES = { r: [0.64, 0.33], g: [0.3, 0.6], b: [0.15, 0.06] } as const;
const D65_XY = [0.3127, 0.329] as const;

type Vec3 = [number, number, number];
type Mat3 = [Vec3, Vec3, Vec3];

const BRADFORD: Mat3 = [
  [0.8951, 0.2664, -0.1614],
  [-0.7502, 1.7135, 0.0367],
  [0.0389, -0.0685, 1.0296],
];

const mulMV = (m: Mat3, v: Vec3): Vec3 => [
  m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
  m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
  m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2],
];

const mulMM = (a: Mat3, b: Mat3): Mat3 =>
  [0, 1, 2].map((i) => [0, 1, 2].map((j) => a[i][0] * b[0][j] + a[i][1] * b[1][j] + a[i][2] * b[2][j])) as Mat3;

function invert(m: Mat3): Mat3 {
  const [[a, b, c], [d, e, f], [g, h, i]] = m;
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  return [
    [(e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det],
    [(f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det],
    [(d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det],
  ];
}

const xyToXYZ = ([x, y]: readonly [number, number]): Vec3 => [x / y, 1, (1 - x - y) / y];

/** The Bradford chromatic adaptation from D65 to D50 (the profile's 'chad' tag). */
export function bradfordD65ToD50(): Mat3 {
  const src = mulMV(BRADFORD, xyToXYZ(D65_XY));
  const dst = mulMV(BRADFORD, [...D50]);
  const scale: Mat3 = [
    [dst[0] / src[0], 0, 0],
    [0, dst[1] / src[1], 0],
    [0, 0, dst[2] / src[2]],
  ];
  return mulMM(invert(BRADFORD), mulMM(scale, BRADFORD));
}

/** The sRGB primaries as D50 XYZ: the columns of the linear-RGB → PCS matrix (red, green, blue). */
export function srgbPrimariesD50(): [Vec3, Vec3, Vec3] {
  const r = xyToXYZ(PRIMARIES.r);
  const g = xyToXYZ(PRIMARIES.g);
  const b = xyToXYZ(PRIMARIES.b);
  const m: Mat3 = [
    [r[0], g[0], b[0]],
    [r[1], g[1], b[1]],
    [r[2], g[2], b[2]],
  ];
  // Scale the primaries so that RGB (1,1,1) is the D65 white with Y = 1.
  const s = mulMV(invert(m), xyToXYZ(D65_XY));
  const adapt = bradfordD65ToD50();
  const column = (xyz: Vec3, k: number): Vec3 => mulMV(adapt, [xyz[0] * k, xyz[1] * k, xyz[2] * k]);
  return [column(r, s[0]), column(g, s[1]), column(b, s[2])];
}

/** The sRGB decoding function: encoded value 0..1 → linear light 0..1. */
export function srgbToLinear(v: number): number {
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
}

/** Number of samples in each tone-reproduction curve. */
export const TRC_POINTS = 1024;

// --- byte writing -------------------------------------------------------------

class Bytes {
  private readonly parts: number[] = [];
  get length(): number {
    return this.parts.length;
  }
  u8(v: number): this {
    this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v >>> 8).u8(v);
  }
  u32(v: number): this {
    return this.u16(v >>> 16).u16(v & 0xffff);
  }
  /** s15Fixed16Number: signed, 16 fraction bits. */
  s15f16(v: number): this {
    return this.u32(Math.round(v * 65536) | 0);
  }
  ascii(text: string, length = text.length): this {
    for (let i = 0; i < length; i += 1) this.u8(i < text.length ? text.charCodeAt(i) : 0);
    return this;
  }
  pad4(): this {
    while (this.parts.length % 4 !== 0) this.u8(0);
    return this;
  }
  bytes(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

const DESCRIPTION = 'sRGB IEC61966-2.1';
const COPYRIGHT = 'No copyright, use freely';

function textDescription(text: string): Uint8Array {
  const b = new Bytes().ascii('desc').u32(0);
  b.u32(text.length + 1).ascii(text, text.length + 1); // ASCII with its terminating NUL
  b.u32(0).u32(0); // no Unicode description
  b.u16(0).u8(0).ascii('', 67); // no Macintosh ScriptCode description
  return b.pad4().bytes();
}

function textType(text: string): Uint8Array {
  return new Bytes().ascii('text').u32(0).ascii(text, text.length + 1).pad4().bytes();
}

function xyzType(xyz: readonly number[]): Uint8Array {
  const b = new Bytes().ascii('XYZ ').u32(0);
  for (const v of xyz) b.s15f16(v);
  return b.bytes();
}

function sf32Type(m: Mat3): Uint8Array {
  const b = new Bytes().ascii('sf32').u32(0);
  for (const row of m) for (const v of row) b.s15f16(v);
  return b.bytes();
}

function curveType(points: number): Uint8Array {
  const b = new Bytes().ascii('curv').u32(0).u32(points);
  for (let i = 0; i < points; i += 1) b.u16(Math.round(srgbToLinear(i / (points - 1)) * 65535));
  return b.pad4().bytes();
}

/** Nudges the three quantised primaries so that their sum is exactly the quantised D50 white. */
function balancedPrimaries(): [Vec3, Vec3, Vec3] {
  const q = (v: number): number => Math.round(v * 65536) / 65536;
  const cols = srgbPrimariesD50().map((c) => c.map(q) as Vec3) as [Vec3, Vec3, Vec3];
  for (let k = 0; k < 3; k += 1) {
    const error = q(D50[k]) - (cols[0][k] + cols[1][k] + cols[2][k]);
    // Put the rounding error (at most a few 1/65536) on the largest component.
    const largest = [0, 1, 2].reduce((best, i) => (cols[i][k] > cols[best][k] ? i : best), 0);
    cols[largest][k] += error;
  }
  return cols;
}

/**
 * The profile bytes: a version 2.1 'mntr' RGB → XYZ matrix/TRC profile with
 * tags desc, cprt, wtpt, chad, rXYZ, gXYZ, bXYZ and rTRC/gTRC/bTRC (the three
 * curves share one data block, as the ICC specification allows).
 */
export function srgbIccProfile(): Uint8Array {
  const [red, green, blue] = balancedPrimaries();
  const curve = curveType(TRC_POINTS);
  const tags: [string, Uint8Array][] = [
    ['desc', textDescription(DESCRIPTION)],
    ['cprt', textType(COPYRIGHT)],
    ['wtpt', xyzType(D50)],
    ['chad', sf32Type(bradfordD65ToD50())],
    ['rXYZ', xyzType(red)],
    ['gXYZ', xyzType(green)],
    ['bXYZ', xyzType(blue)],
    ['rTRC', curve],
    ['gTRC', curve],
    ['bTRC', curve],
  ];

  const headerSize = 128;
  const tableSize = 4 + tags.length * 12;
  const offsets = new Map<Uint8Array, number>();
  let offset = headerSize + tableSize;
  for (const [, data] of tags) {
    if (offsets.has(data)) continue;
    offsets.set(data, offset);
    offset += data.length; // every tag's data is a multiple of 4 bytes long
  }
  const size = offset;

  const out = new Bytes();
  out.u32(size);
  out.u32(0); // preferred CMM: none
  out.u32(0x02100000); // version 2.1.0
  out.ascii('mntr').ascii('RGB ').ascii('XYZ ');
  // Creation date: fixed, so that identical exports give identical files.
  out.u16(2024).u16(1).u16(1).u16(0).u16(0).u16(0);
  out.ascii('acsp');
  out.u32(0); // primary platform: none
  out.u32(0); // flags
  out.u32(0).u32(0); // device manufacturer and model
  out.u32(0).u32(0); // device attributes
  out.u32(0); // rendering intent: perceptual
  for (const v of D50) out.s15f16(v); // PCS illuminant
  out.u32(0); // creator
  while (out.length < headerSize) out.u8(0); // profile ID (version 4 only) and reserved bytes

  out.u32(tags.length);
  for (const [signature, data] of tags) out.ascii(signature).u32(offsets.get(data) ?? 0).u32(data.length);
  for (const [data] of offsets) for (const byte of data) out.u8(byte);
  return out.bytes();
}
