// Each section of the coordinator's page is a page of its own at a hash route (#/leden):
// back and forward work, and a reload keeps the page. Its own file, so a section can link
// to another without importing the list of sections (which imports every section).

export const sectionPaths = {
  today: 'vandaag',
  invite: 'uitnodigen',
  requests: 'aanvragen',
  flags: 'opvallend',
  signals: 'berichten',
  members: 'leden',
  move: 'verhuizen',
  outreach: 'omkijken',
  lookBack: 'terugblik',
  board: 'prikbord',
  hours: 'uren',
  pot: 'buurtpot',
  kiosk: 'kiosk',
  cards: 'ledenkaarten',
  links: 'buurt-koppelen',
  log: 'logboek',
  settings: 'instellingen',
  keep: 'bewaren',
  import: 'overstappen',
} as const;

export type SectionId = keyof typeof sectionPaths;

/** The link to a section's page. */
export function hrefOf(id: SectionId): string {
  return `#/${sectionPaths[id]}`;
}

/**
 * The section a location hash names: its route (#/leden), or its old anchor (#members, from
 * before the sections were pages, so bookmarks still work); null for the first page.
 */
export function sectionOfHash(hash: string): SectionId | null {
  const name = decodeURIComponent(hash.replace(/^#\/?/, ''));
  for (const [id, path] of Object.entries(sectionPaths) as [SectionId, string][]) {
    if (name === path || name === id) return id;
  }
  return null;
}
