// The organisation's logo from the report meta, prepared for the title page:
// an SVG logo is drawn as a PNG at 4× by resvg (LibreOffice clips SVG
// pictures in DOCX); PNG, JPEG and GIF logos are used as they are, sized from their headers.

import type { ReportMeta } from '../../../shared/report/doc';
import { svgToPng } from '../figures/figure-png';
import type { Logo } from './title-page';

function pngSize(data: Uint8Array): { width: number; height: number } | null {
  if (data.length < 24 || data[0] !== 0x89 || data[1] !== 0x50) return null;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function jpegSize(data: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1];
    const length = (data[at + 2] << 8) | data[at + 3];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (data[at + 5] << 8) | data[at + 6], width: (data[at + 7] << 8) | data[at + 8] };
    }
    at += 2 + length;
  }
  return null;
}

function gifSize(data: Uint8Array): { width: number; height: number } | null {
  if (data.length < 10 || data[0] !== 0x47) return null;
  return { width: data[6] | (data[7] << 8), height: data[8] | (data[9] << 8) };
}

/** The logo ready for the title page, or null when there is none or it cannot be read. */
export async function prepareLogo(logo: ReportMeta['logo']): Promise<Logo | null> {
  if (!logo) return null;
  try {
    const data = new Uint8Array(Buffer.from(logo.dataBase64, 'base64'));
    if (logo.mediaType === 'image/svg+xml') {
      const svg = new TextDecoder().decode(data);
      return { raster: await svgToPng(svg, 4) };
    }
    const type = logo.mediaType === 'image/png' ? 'png' : logo.mediaType === 'image/jpeg' ? 'jpg' : logo.mediaType === 'image/gif' ? 'gif' : null;
    const size = type === 'png' ? pngSize(data) : type === 'jpg' ? jpegSize(data) : type === 'gif' ? gifSize(data) : null;
    return type && size && size.width > 0 && size.height > 0 ? { bitmap: { type, data, ...size } } : null;
  } catch {
    // A broken logo must not stop the export: the title page simply has none.
    return null;
  }
}
