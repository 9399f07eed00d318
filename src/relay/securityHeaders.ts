// The HTTP headers every response of the site and the relay carries. One map, so that
// `npm start`, the relay alone and any other host's configuration (a Caddyfile, nginx)
// can be held against the same set; README.md (Hosting) says what a static host must send.

/**
 * Astro writes these inline into every page: the `client:only` loader, the <astro-island>
 * element and its `display: contents` style. They change only with Astro itself; the e2e
 * test `csp.e2e.ts` fails, naming the new hashes, when a build has inline code not listed.
 */
export const astroInlineScriptHashes = [
  "'sha256-eIXWvAmxkr251LJZkjniEK5LcPF3NkapbJepohwYRIc='",
  "'sha256-Ya0pUYrC7nM5Cn/056TyVuEiz6dFGrzmkWzgON0pF0U='",
] as const;
export const astroInlineStyleHashes = ["'sha256-vv9IoKo7BSLbWcUHr3tNmfNVmm5L/9Cfn2H6LMk7/ow='"] as const;

export const contentSecurityPolicyDirectives: Readonly<Record<string, readonly string[]>> = {
  // Nothing that is not named below: no frames, fonts, media URLs, plugins.
  'default-src': ["'none'"],
  // The site's own bundles and Astro's inline loaders; never eval, never other hosts.
  'script-src': ["'self'", ...astroInlineScriptHashes],
  'style-src': ["'self'", ...astroInlineStyleHashes],
  // The invite's QR code is an SVG data: URL.
  'img-src': ["'self'", 'data:'],
  // Signalling relays are any ws:/wss: URL a network lists; 'self' is /signal of npm start.
  'connect-src': ["'self'", 'ws:', 'wss:'],
  // The offline service worker, /sw.js.
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // No other site may frame a page (clickjacking an "admit" or "pay" button).
  'frame-ancestors': ["'none'"],
};

export const contentSecurityPolicy = Object.entries(contentSecurityPolicyDirectives)
  .map(([name, sources]) => `${name} ${sources.join(' ')}`)
  .join('; ');

export const permissionsPolicy = [
  // Scanning a neighbour's QR code, from this site only.
  'camera=(self)',
  'microphone=()',
  'geolocation=()',
  'payment=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'midi=()',
  'display-capture=()',
  'browsing-topics=()',
].join(', ');

export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  // Older browsers that do not know frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // Links out of the site need not tell where a neighbour came from.
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': permissionsPolicy,
  // A page opened from elsewhere cannot reach into this one through window.opener.
  'Cross-Origin-Opener-Policy': 'same-origin',
};
