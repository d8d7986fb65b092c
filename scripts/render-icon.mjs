// Renders resources/icons/icon.svg to icon.png (512×512, transparent corners)
// with Debian's headless Chromium, so the PNG always matches the SVG.
// Run: node scripts/render-icon.mjs   (.ico/.icns are not generated here.)

import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const svgPath = 'resources/icons/icon.svg';
const pngPath = 'resources/icons/icon.png';
const size = 512;

const svg = await readFile(svgPath, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`,
  );
  await page.screenshot({ path: pngPath, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`render-icon: ${pngPath} (${size}×${size})`);
} finally {
  await browser.close();
}
