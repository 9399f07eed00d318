// `npm run app-icons`: draws public/favicon.svg (our own owl) as the PNG icons the web manifest
// names. Android installs an app only with PNG icons of 192 and 512 px; the "maskable" one has
// a margin, since a launcher cuts icons to a circle or a rounded square.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumExecutable } from '../tests/browser/chromiumExecutable.ts';

const publicDir = fileURLToPath(new URL('../public/', import.meta.url));
const owl = readFileSync(`${publicDir}favicon.svg`, 'utf8');
const paper = '#fffdf7';

const icons = [
  { file: 'icon-192.png', size: 192, margin: 0 },
  { file: 'icon-512.png', size: 512, margin: 0 },
  // The safe zone of a maskable icon is the middle 80 %.
  { file: 'icon-maskable-512.png', size: 512, margin: 0.14 },
];

const browser = await chromium.launch({ executablePath: await chromiumExecutable() });
for (const { file, size, margin } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = Math.round(size * (1 - 2 * margin));
  const background = margin > 0 ? paper : 'transparent';
  await page.setContent(
    `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${background}">` +
      `<div style="width:${inner}px;height:${inner}px">${owl.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: `${publicDir}${file}`, omitBackground: margin === 0 });
  await page.close();
  console.log(`wrote public/${file}`);
}
await browser.close();
