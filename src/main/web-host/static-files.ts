// Serving the built renderer (`dist/web`) from disk: only files inside the web
// root, only GET, never a directory listing. index.html gets the per-run token
// as a <meta> tag so the page (and only a page served by us) can call the API.

import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** The file under webRoot for a URL path, or null when it is outside the root or not a file. */
export async function readStaticFile(webRoot: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const root = resolve(webRoot);
  const full = resolve(root, normalize(`.${sep}${decoded}`));
  if (full !== root && !full.startsWith(root + sep)) return null;
  const info = await stat(full).catch(() => null);
  if (!info?.isFile()) return null;
  return {
    body: await readFile(full),
    contentType: contentTypes[extname(full).toLowerCase()] ?? 'application/octet-stream',
  };
}

export function indexHtmlWithToken(html: string, token: string): string {
  const meta = `<meta name="drijfveer-token" content="${token}" />`;
  return html.includes('</head>') ? html.replace('</head>', `    ${meta}\n  </head>`) : `${meta}\n${html}`;
}

export function webRootIndex(webRoot: string): string {
  return join(webRoot, 'index.html');
}
