// The Content-Security-Policy of the renderer. No remote origin is ever allowed:
// scripts, styles, fonts and images come from the app itself; images may also be
// data:/blob: URLs because the logo travels embedded in the project file.
export function contentSecurityPolicy(mode: 'production' | 'development'): string {
  // Vite's dev server injects one inline module script (React fast refresh);
  // only `npm start` in development needs it. Packaged builds never get it.
  const scriptSrc = mode === 'development' ? "'self' 'unsafe-inline'" : "'self'";
  return [
    "default-src 'none'",
    `script-src ${scriptSrc}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
  ].join('; ');
}
