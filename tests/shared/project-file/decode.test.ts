import { describe, expect, it } from 'vitest';
import { decodeProjectBytes } from '../../../src/shared/project-file/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
const code = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? unit >> 8 : unit & 0xff;
    out[3 + i * 2] = bigEndian ? unit & 0xff : unit >> 8;
  }
  return out;
}

describe('decodeProjectBytes', () => {
  it('decodes plain UTF-8 with diacritics', () => {
    expect(decodeProjectBytes(utf8('{"t":"coördinatie, reïntegratie, café"}'))).toBe('{"t":"coördinatie, reïntegratie, café"}');
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(decodeProjectBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('{}')]))).toBe('{}');
  });

  it('decodes UTF-16 little- and big-endian when it starts with a BOM', () => {
    expect(decodeProjectBytes(utf16('{"a":"ë"}', false))).toBe('{"a":"ë"}');
    expect(decodeProjectBytes(utf16('{"a":"ë"}', true))).toBe('{"a":"ë"}');
  });

  it('refuses empty input, also when only a BOM', () => {
    expect(code(() => decodeProjectBytes(new Uint8Array()))).toBe('FILE_EMPTY');
    expect(code(() => decodeProjectBytes(new Uint8Array([0xef, 0xbb, 0xbf])))).toBe('FILE_EMPTY');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
    ['ZIP (e.g. a .docx)', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]],
    ['PDF', [...utf8('%PDF-1.7\n')]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0]],
  ])('refuses a %s file as binary', (_name, bytes) => {
    expect(code(() => decodeProjectBytes(new Uint8Array(bytes)))).toBe('FILE_BINARY');
  });

  it('refuses NUL bytes (binary data or UTF-16 without BOM)', () => {
    expect(code(() => decodeProjectBytes(utf8('{"a":\u0000"b"}')))).toBe('FILE_BINARY');
    expect(code(() => decodeProjectBytes(utf16('{}', false).subarray(2)))).toBe('FILE_BINARY');
  });

  it('refuses invalid UTF-8 such as Latin-1 text', () => {
    expect(code(() => decodeProjectBytes(new Uint8Array([0x7b, 0x22, 0x63, 0x61, 0x66, 0xe9, 0x22, 0x7d])))).toBe('FILE_ENCODING');
    expect(code(() => decodeProjectBytes(new Uint8Array([0x7b, 0xc3])))).toBe('FILE_ENCODING');
  });

  it('refuses UTF-16 with an odd number of bytes', () => {
    expect(code(() => decodeProjectBytes(new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d])))).toBe('FILE_ENCODING');
  });
});
