// Checks for a logo file before it is embedded in the project. The logo
// travels inside the project file (base64) and ends up in Word and PDF, so it
// must be small and really be the image type it claims: the declared type
// comes from the file name, so the first bytes are checked as well.

import { logoMediaTypes, type Logo } from '../../../shared/model/assignment';

export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

export type LogoMediaType = (typeof logoMediaTypes)[number];
export type LogoProblem = 'logoType' | 'logoTooLarge' | 'logoEmpty' | 'logoMismatch' | 'logoUnreadable';

const BY_EXTENSION: Record<string, LogoMediaType> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  svg: 'image/svg+xml',
};

/** The accept attribute for the file input. */
export const LOGO_ACCEPT = [...logoMediaTypes, '.png', '.jpg', '.jpeg', '.svg'].join(',');

export function logoMediaTypeOf(file: { name: string; type: string }): LogoMediaType | null {
  if ((logoMediaTypes as readonly string[]).includes(file.type)) return file.type as LogoMediaType;
  if (file.type !== '') return null;
  const extension = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? null;
}

/** What is wrong with the file before reading it, or its media type. */
export function checkLogoFile(file: { name: string; type: string; size: number }):
  | { ok: true; mediaType: LogoMediaType }
  | { ok: false; problem: LogoProblem } {
  const mediaType = logoMediaTypeOf(file);
  if (mediaType === null) return { ok: false, problem: 'logoType' };
  if (file.size === 0) return { ok: false, problem: 'logoEmpty' };
  if (file.size > MAX_LOGO_BYTES) return { ok: false, problem: 'logoTooLarge' };
  return { ok: true, mediaType };
}

/** The first bytes of base64 data as a binary string (enough to recognise a format). */
function headOf(base64: string, chars = 4096): string {
  const slice = base64.slice(0, chars - (chars % 4)).replace(/=+$/, '');
  try {
    return atob(slice.length % 4 === 1 ? slice.slice(0, -1) : slice);
  } catch {
    return '';
  }
}

export function contentMatches(mediaType: LogoMediaType, base64: string): boolean {
  const head = headOf(base64);
  switch (mediaType) {
    case 'image/png':
      return head.startsWith('\x89PNG\r\n\x1a\n');
    case 'image/jpeg':
      return head.startsWith('\xff\xd8\xff');
    case 'image/svg+xml':
      return /<svg[\s>/]/i.test(head);
  }
}

/** The logo to store from a FileReader data: URL, after checking the content. */
export function logoFromDataUrl(
  dataUrl: string,
  fileName: string,
  mediaType: LogoMediaType,
): { ok: true; logo: Logo } | { ok: false; problem: LogoProblem } {
  const match = /^data:[^,]*;base64,(.*)$/s.exec(dataUrl);
  if (!match) return { ok: false, problem: 'logoUnreadable' };
  const dataBase64 = match[1];
  if (dataBase64 === '') return { ok: false, problem: 'logoEmpty' };
  if (!contentMatches(mediaType, dataBase64)) return { ok: false, problem: 'logoMismatch' };
  return { ok: true, logo: { fileName, mediaType, dataBase64 } };
}

/** A data: URL to show the stored logo in an <img> (SVG scripts never run in an image). */
export function logoDataUrl(logo: Logo): string {
  return `data:${logo.mediaType};base64,${logo.dataBase64}`;
}

/** "3,4 MB" / "3.4 MB", for messages about file size. */
export function formatFileSize(bytes: number, language: string): string {
  const megabytes = bytes / (1024 * 1024);
  if (megabytes >= 1) return `${megabytes.toLocaleString(language, { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(language)} kB`;
}
