// Runs before the islands: a classic script in <head>, kept out of the page so the
// Content-Security-Policy needs no hash for it (src/relay/securityHeaders.ts).
// Set the language before the island renders, so a screen reader hears the right one.
// Any language code: src/i18n/languages.ts lists the languages, and the island corrects
// this should the stored one not (or no longer) be among them.
// A language written right to left (those marked direction: 'rtl' in languages.ts) gets
// dir="rtl" before the first paint, so the page does not flip once the island starts.
try {
  const chosen = localStorage.getItem('buurtruil-language');
  if (chosen && /^[a-z]{2,3}$/.test(chosen)) {
    document.documentElement.lang = chosen;
    document.documentElement.dir = chosen === 'ar' ? 'rtl' : 'ltr';
  }
} catch {}
// Works offline once loaded: the service worker keeps every page and asset.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));
}
