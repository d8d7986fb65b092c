import { describe, expect, it } from 'vitest';
import {
  MAX_LOGO_BYTES,
  checkLogoFile,
  formatFileSize,
  logoDataUrl,
  logoFromDataUrl,
  logoMediaTypeOf,
} from '../../../../src/renderer/steps/assignment/logo-file';

const base64 = (bytes: number[] | string) =>
  btoa(typeof bytes === 'string' ? bytes : String.fromCharCode(...bytes));
const PNG = base64([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = base64([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const SVG = base64('<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg"></svg>');

describe('checkLogoFile', () => {
  it('accepts PNG, JPEG and SVG up to 2 MB', () => {
    expect(checkLogoFile({ name: 'logo.png', type: 'image/png', size: 1000 })).toEqual({ ok: true, mediaType: 'image/png' });
    expect(checkLogoFile({ name: 'logo.svg', type: 'image/svg+xml', size: MAX_LOGO_BYTES })).toEqual({ ok: true, mediaType: 'image/svg+xml' });
  });

  it('refuses files over 2 MB, empty files and other types', () => {
    expect(checkLogoFile({ name: 'big.jpg', type: 'image/jpeg', size: MAX_LOGO_BYTES + 1 })).toEqual({ ok: false, problem: 'logoTooLarge' });
    expect(checkLogoFile({ name: 'leeg.png', type: 'image/png', size: 0 })).toEqual({ ok: false, problem: 'logoEmpty' });
    expect(checkLogoFile({ name: 'logo.gif', type: 'image/gif', size: 10 })).toEqual({ ok: false, problem: 'logoType' });
    expect(checkLogoFile({ name: 'rapport.pdf', type: '', size: 10 })).toEqual({ ok: false, problem: 'logoType' });
  });

  it('falls back to the extension when the system gives no type', () => {
    expect(logoMediaTypeOf({ name: 'LOGO.JPEG', type: '' })).toBe('image/jpeg');
    expect(logoMediaTypeOf({ name: 'logo', type: '' })).toBeNull();
  });
});

describe('logoFromDataUrl', () => {
  it('keeps the base64 data when the content matches the type', () => {
    expect(logoFromDataUrl(`data:image/png;base64,${PNG}`, 'logo.png', 'image/png')).toEqual({
      ok: true,
      logo: { fileName: 'logo.png', mediaType: 'image/png', dataBase64: PNG },
    });
    expect(logoFromDataUrl(`data:image/jpeg;base64,${JPEG}`, 'a.jpg', 'image/jpeg').ok).toBe(true);
    expect(logoFromDataUrl(`data:image/svg+xml;base64,${SVG}`, 'a.svg', 'image/svg+xml').ok).toBe(true);
  });

  it('refuses a file whose content is not what its name says', () => {
    expect(logoFromDataUrl(`data:image/png;base64,${JPEG}`, 'fake.png', 'image/png')).toEqual({ ok: false, problem: 'logoMismatch' });
    expect(logoFromDataUrl(`data:image/svg+xml;base64,${base64('<html><script>1</script></html>')}`, 'x.svg', 'image/svg+xml')).toEqual({
      ok: false,
      problem: 'logoMismatch',
    });
  });

  it('refuses something that is not a base64 data URL', () => {
    expect(logoFromDataUrl('blob:abc', 'x.png', 'image/png')).toEqual({ ok: false, problem: 'logoUnreadable' });
    expect(logoFromDataUrl('data:image/png;base64,', 'x.png', 'image/png')).toEqual({ ok: false, problem: 'logoEmpty' });
  });

  it('turns a stored logo back into a data URL for the preview', () => {
    expect(logoDataUrl({ fileName: 'l.png', mediaType: 'image/png', dataBase64: PNG })).toBe(`data:image/png;base64,${PNG}`);
  });
});

describe('formatFileSize', () => {
  it('writes megabytes with a Dutch or English decimal separator', () => {
    expect(formatFileSize(3.4 * 1024 * 1024, 'nl')).toBe('3,4 MB');
    expect(formatFileSize(3.4 * 1024 * 1024, 'en')).toBe('3.4 MB');
    expect(formatFileSize(2048, 'nl')).toBe('2 kB');
  });
});
