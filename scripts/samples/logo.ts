// The fictional bureau's logo: a small SVG (a compass needle in a circle),
// embedded as base64 like a logo a user picks, so the sample exercises the
// embedded-attachment path of the file format and the report title page.

import type { Logo } from '../../src/shared/model/assignment';

const SVG = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">',
  '<circle cx="60" cy="60" r="54" fill="none" stroke="#1f6f8b" stroke-width="8"/>',
  '<path d="M60 16 L74 60 L60 104 L46 60 Z" fill="#1f6f8b"/>',
  '<path d="M60 16 L74 60 L46 60 Z" fill="#e07a5f"/>',
  '<circle cx="60" cy="60" r="6" fill="#ffffff"/>',
  '</svg>',
].join('');

export function sampleLogo(): Logo {
  return { fileName: 'bureau-koers.svg', mediaType: 'image/svg+xml', dataBase64: Buffer.from(SVG, 'utf8').toString('base64') };
}
