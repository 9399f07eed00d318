// The build's module preload (src/build/modulePreload.mjs), on a small built site: a page
// asks at once for every chunk its islands import statically and for the default
// language's texts; not for what they import only when needed, nor twice, unless it is named
// as needed first (the start page's first board).
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { modulePreload } from '../../../src/build/modulePreload.mjs';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true });
});

async function site(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'preload-'));
  made.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

const links = (html: string) => [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);

describe('the build asks for each page’s island code at once', () => {
  it('follows static imports, adds the default texts, leaves dynamic imports and what the page has', async () => {
    const root = await site({
      '_astro/Island.a1.js':
        'import{x as y}from"./shared.b2.js";import"./side.c3.js";const l=()=>import("./later.d4.js");',
      '_astro/shared.b2.js': 'export{z}from"./deep.e5.js";',
      '_astro/deep.e5.js': 'export const z=1;',
      '_astro/side.c3.js': 'import{x}from"./shared.b2.js";',
      '_astro/later.d4.js': 'export const later=1;',
      '_astro/client.f6.js': 'export default 1;',
      '_astro/nl.g7.js': 'export default {};',
      '_astro/en.h8.js': 'export default {};',
      'index.html':
        '<html><head><link rel="modulepreload" href="/_astro/side.c3.js"></head><body><astro-island component-url="/_astro/Island.a1.js" renderer-url="/_astro/client.f6.js"></astro-island></body></html>',
      'plain/index.html': '<html><head></head><body>no islands</body></html>',
    });
    const logged: string[] = [];
    await modulePreload().hooks['astro:build:done']({
      dir: pathToFileURL(`${root}/`),
      logger: { info: (line: string) => logged.push(line) },
    });
    const page = await readFile(join(root, 'index.html'), 'utf8');
    expect(links(page).sort()).toEqual(
      [
        '/_astro/side.c3.js',
        '/_astro/Island.a1.js',
        '/_astro/shared.b2.js',
        '/_astro/deep.e5.js',
        '/_astro/client.f6.js',
        '/_astro/nl.g7.js',
      ].sort(),
    );
    expect(await readFile(join(root, 'plain/index.html'), 'utf8')).toBe(
      '<html><head></head><body>no islands</body></html>',
    );
    expect(logged).toEqual(["module preload: 1 pages ask for their islands' code at once"]);
  });

  it('asks for a chunk imported when needed when it is named as needed first, with what it imports', async () => {
    const root = await site({
      '_astro/Island.a1.js':
        'const f=()=>import(`./FirstBoard.b2.js`);const g=()=>import("./later.d4.js");const h=()=>import(`./FirstBoardOld.e5.js`);',
      '_astro/FirstBoard.b2.js': 'import{x}from"./shared.c3.js";',
      '_astro/shared.c3.js': 'export const x=1;',
      '_astro/later.d4.js': 'export const later=1;',
      '_astro/FirstBoardOld.e5.js': 'export const old=1;',
      'index.html':
        '<html><head></head><body><astro-island component-url="/_astro/Island.a1.js"></astro-island></body></html>',
    });
    await modulePreload({ firstAfterLoad: ['FirstBoard'] }).hooks['astro:build:done']({
      dir: pathToFileURL(`${root}/`),
      logger: { info: () => {} },
    });
    const page = await readFile(join(root, 'index.html'), 'utf8');
    expect(links(page).sort()).toEqual(['/_astro/FirstBoard.b2.js', '/_astro/Island.a1.js', '/_astro/shared.c3.js']);
  });
});
