// An Astro integration that lets a page ask for all of its islands' code at once: after the
// build, each page's <head> gets a <link rel="modulepreload"> for every chunk its islands
// import statically (followed through the chunks' own static imports), and for the default
// language's texts, which the texts module loads before any island can render. Without it
// the browser finds each level of imports only once the level above has arrived and been
// parsed: six waves of requests before a member's first board could be drawn
// (docs/benchmarks.md, figure 2). `firstAfterLoad`: chunks an island imports only when
// needed but that a page nearly always needs at once (the start page's first board, which a
// member's device draws before anything else; a first visit's welcome never runs it): asked
// for with the rest, with what they import. Build-time only; must run before the service
// worker's integration, whose precache names each page by its bytes.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The default language (src/i18n/languages.ts): its texts chunk is named after it. */
const defaultLanguage = 'nl';
/** A static import or re-export of another chunk: `import"./a.js"`, `from"./b.js"` (not `import("./c.js")`). */
const staticImport = /(?:\bimport\s*|\bfrom\s*)["'](\.\/[\w.-]+\.js)["']/g;
/** An import when needed: `import("./c.js")`, as the build writes it (with backquotes, say). */
const dynamicImport = /\bimport\(\s*[`"'](\.\/[\w.-]+\.js)[`"']\s*\)/g;
const islandUrl = /(?:component|renderer)-url="(\/_astro\/[\w.-]+\.js)"/g;

/**
 * `firstAfterLoad`: the names (before the hash) of chunks imported when needed to ask for all the same.
 * @param {{ firstAfterLoad?: string[] }} [options]
 */
export function modulePreload({ firstAfterLoad = [] } = {}) {
  const askedEarly = (name) => firstAfterLoad.some((first) => name.startsWith(`${first}.`));
  return {
    name: 'buurtruil:module-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const assets = join(root, '_astro');
        const chunks = await readdir(assets);
        const texts = chunks.filter((name) => name.startsWith(`${defaultLanguage}.`) && name.endsWith('.js'));
        const importsOf = new Map();
        const importsToAsk = async (name) => {
          if (!importsOf.has(name)) {
            const code = await readFile(join(assets, name), 'utf8');
            const early = [...code.matchAll(dynamicImport)].map((match) => match[1].slice(2)).filter(askedEarly);
            importsOf.set(name, [...[...code.matchAll(staticImport)].map((match) => match[1].slice(2)), ...early]);
          }
          return importsOf.get(name);
        };
        let pages = 0;
        for (const page of await htmlFiles(root)) {
          const html = await readFile(page, 'utf8');
          const entries = [...html.matchAll(islandUrl)].map((match) => match[1].replace('/_astro/', ''));
          if (entries.length === 0) continue;
          const wanted = new Set();
          const visit = async (name) => {
            if (wanted.has(name)) return;
            wanted.add(name);
            for (const next of await importsToAsk(name)) await visit(next);
          };
          for (const entry of entries) await visit(entry);
          for (const name of texts) wanted.add(name);
          const links = [...wanted]
            .filter((name) => !html.includes(`href="/_astro/${name}"`))
            .map((name) => `<link rel="modulepreload" href="/_astro/${name}">`)
            .join('');
          await writeFile(page, html.replace('</head>', `${links}</head>`));
          pages++;
        }
        logger.info(`module preload: ${pages} pages ask for their islands' code at once`);
      },
    },
  };
}

/** Every .html file under `dir`. */
async function htmlFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(path)));
    else if (entry.name.endsWith('.html')) found.push(path);
  }
  return found;
}
