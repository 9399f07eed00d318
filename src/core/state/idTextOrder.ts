// Sorting entries by id text, as `<` orders the texts, with a number per entry compared
// first: the chains sort each level of up to a few hundred entries by id (at four years,
// 1.2 million compares), and a compare that reads one small array instead of two strings
// spread over the heap is what lets that be quick. Ties of the number (rare) go by the texts.

/** Characters a lead is made of: seven codes below 128 are 49 bits, a whole number a double holds exactly. */
const leadChars = 7;

/**
 * A number that orders as the text's first characters do (UTF-16 codes, as `<` compares
 * texts; an id text is base64url, all below 127). A shorter text leads with its codes and
 * zeros, so it comes no later than any text it begins; a code of 127 or more ends the lead
 * there (127 and zeros), and the texts then decide.
 */
export function idTextLead(text: string): number {
  let lead = 0;
  let capped = false;
  for (let c = 0; c < leadChars; c++) {
    const code = capped || c >= text.length ? 0 : text.charCodeAt(c);
    if (code >= 127) capped = true;
    lead = lead * 128 + Math.min(code, 127);
  }
  return lead;
}

/** Compares two items by their places in `items`, as their id texts compare. */
export function byIdTextAt(items: readonly { idText: string }[]): (a: number, b: number) => number {
  const leads = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) leads[i] = idTextLead((items[i] as { idText: string }).idText);
  return (a, b) => {
    const lead = (leads[a] as number) - (leads[b] as number);
    if (lead !== 0) return lead;
    const x = (items[a] as { idText: string }).idText;
    const y = (items[b] as { idText: string }).idText;
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
