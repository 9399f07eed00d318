// `npm run pictograms`: writes src/ui/pictograms/icons.ts, the few OpenMoji pictures the app
// shows, from the @iconify-json/openmoji devDependency. They are bundled as inline SVG, so a
// kiosk needs no emoji font, nothing is fetched at run time, and only the pictures named
// here reach the bundle (not the set's 4,500). tests/unit/ui/pictograms.test.ts fails when
// the committed file is not what this script writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';

/**
 * Our name for each pictogram, and the OpenMoji picture that shows it. Concrete things an
 * older neighbour knows at a glance; no two names share a picture.
 */
export const chosen = {
  // One per default category (src/core/categories.ts).
  boodschappen: 'shopping-cart',
  klussen: 'hammer',
  tuin: 'sunflower',
  vervoer: 'automobile',
  bezoek: 'hot-beverage',
  meegaan: 'people-holding-hands',
  koken: 'pot-of-food',
  voorlezen: 'open-book',
  formulieren: 'envelope',
  taal: 'speech-balloon',
  oppassen: 'teddy-bear',
  computer: 'laptop',
  spullen: 'ladder',
  mantelzorg: 'yellow-heart',
  bellen: 'telephone-receiver',
  // A category a network added itself: a label, since we cannot know what it shows.
  otherCategory: 'label',
  // The member's menu.
  board: 'pushpin',
  newPost: 'memo',
  appointments: 'handshake',
  hours: 'hourglass-not-done',
  profile: 'bust-in-silhouette',
  settings: 'gear',
  coordinator: 'clipboard',
  // The phone's tab bar: everything else; sharing a link; putting the app on the home screen.
  more: 'hamburger-menu',
  share: 'share',
  install: 'mobile-phone-with-arrow',
  // The language menu's button (an emoji globe shows as an empty box without an emoji font).
  language: 'globe-with-meridians',
  // The kiosk's main buttons.
  ask: 'person-raising-hand',
  offer: 'wrapped-gift',
  done: 'check-mark-button',
  memberCard: 'identification-card',
  readAloud: 'speaker-high-volume',
  print: 'printer',
  scan: 'camera',
  // The language menu's tick beside the language chosen.
  chosen: 'check-mark',
} as const;

interface IconifySet {
  width?: number;
  height?: number;
  icons: Record<string, { body: string; width?: number; height?: number; left?: number; top?: number }>;
  aliases?: Record<string, { parent: string }>;
}

const target = fileURLToPath(new URL('../src/ui/pictograms/icons.ts', import.meta.url));

function openMoji(): IconifySet {
  const path = createRequire(import.meta.url).resolve('@iconify-json/openmoji/icons.json');
  return JSON.parse(readFileSync(path, 'utf8')) as IconifySet;
}

/**
 * Iconify keeps a shape drawn twice once, in <defs>, and draws it with <use href="#id">.
 * On a page with the same pictogram many times those ids would repeat (invalid HTML, and a
 * <use> whose first match sits in a hidden print sheet), so each <use> becomes the shape.
 */
export function withoutReferences(body: string): string {
  const shapes = new Map<string, { tag: string; attributes: string }>();
  const rest = body.replace(/<defs>(.*?)<\/defs>/g, (_, defs: string) => {
    const left = defs.replace(
      /<(\w+) id="([^"]+)"([^>]*?)\/>/g,
      (_shape, tag: string, id: string, attributes: string) => {
        shapes.set(id, { tag, attributes });
        return '';
      },
    );
    if (left !== '') throw new Error(`unexpected <defs> content: ${left.slice(0, 80)}`);
    return '';
  });
  return rest.replace(/<use href="#([^"]+)"([^>]*?)\/>/g, (_, id: string, attributes: string) => {
    const shape = shapes.get(id);
    if (!shape) throw new Error(`<use> of an unknown shape #${id}`);
    return `<${shape.tag}${shape.attributes}${attributes}/>`;
  });
}

/**
 * Coordinates to a tenth of a unit (a 72-unit square: far below a pixel at any size the app
 * draws, even on paper) and SVGO's other safe rewrites: a third less to download.
 */
export function smaller(body: string, viewBox: string): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${body}</svg>`;
  const out = optimize(svg, { multipass: true, floatPrecision: 1, plugins: ['preset-default'] }).data;
  const inside = /^<svg[^>]*>(.*)<\/svg>$/s.exec(out)?.[1];
  if (inside === undefined) throw new Error(`SVGO returned no <svg>: ${out.slice(0, 80)}`);
  return inside;
}

/** Only drawing: no ids, links, scripts, styles or text, nothing the CSP or a page must allow. */
function checkDrawingOnly(name: string, body: string): void {
  const elements = body.match(/<\/?([a-zA-Z]+)/g) ?? [];
  const allowed = /^<\/?(path|g|circle|ellipse|rect|line|polyline|polygon)$/;
  const strange = elements.find((element) => !allowed.test(element));
  if (strange) throw new Error(`pictogram ${name}: unexpected element ${strange}`);
  if (/\s(id|href|xlink:href|style|class|on\w+)=|'/.test(body)) {
    throw new Error(`pictogram ${name}: an id, link, style, handler or quote in its drawing`);
  }
}

/** The text of src/ui/pictograms/icons.ts. */
export function iconsModule(set: IconifySet = openMoji()): string {
  const lines = [
    '// Generated by scripts/pictograms.ts (`npm run pictograms`) from OpenMoji, https://openmoji.org,',
    '// licensed CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); do not edit by hand.',
    '// Changed only in form: shapes drawn out where they were referenced, coordinates rounded.',
    '',
    '/** A pictogram: the inside of an <svg> and its viewBox. */',
    'export interface PictogramDrawing {',
    '  viewBox: string;',
    '  body: string;',
    '}',
    '',
    'export const drawings = {',
  ];
  for (const [name, id] of Object.entries(chosen)) {
    const icon = set.icons[id] ?? set.icons[set.aliases?.[id]?.parent ?? ''];
    if (!icon) throw new Error(`OpenMoji has no ${id}`);
    const viewBox = [icon.left ?? 0, icon.top ?? 0, icon.width ?? set.width ?? 16, icon.height ?? set.height ?? 16];
    const body = smaller(withoutReferences(icon.body), viewBox.join(' '));
    checkDrawingOnly(name, body);
    lines.push(
      `  /** OpenMoji ${id} */`,
      `  ${name}: {`,
      `    viewBox: '${viewBox.join(' ')}',`,
      `    body: '${body}',`,
      '  },',
    );
  }
  lines.push('} satisfies Record<string, PictogramDrawing>;', '');
  lines.push('export type PictogramName = keyof typeof drawings;', '');
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(target, iconsModule());
  console.log(`wrote ${target}`);
}
