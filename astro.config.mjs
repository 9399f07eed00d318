// @ts-check
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  integrations: [solid()],
  // No trackers, no external requests: nothing is fetched at run time from elsewhere.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
