// Runs before the islands: a classic script in <head>, kept out of the page so the
// Content-Security-Policy needs no hash for it (src/relay/securityHeaders.ts).
// Set the language before the island renders, so a screen reader hears the right one.
try {
  const chosen = localStorage.getItem('buurtruil-language');
  if (chosen === 'en' || chosen === 'nl') document.documentElement.lang = chosen;
} catch {}
// Works offline once loaded: the service worker keeps every page and asset.
if ('serviceWorker' in navigator) {
  addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}));
}
