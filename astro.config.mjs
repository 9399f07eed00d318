// @ts-check
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { serviceWorker } from './src/build/serviceWorker.mjs';

export default defineConfig({
  output: 'static',
  integrations: [solid(), serviceWorker()],
  // No trackers, no external requests: nothing is fetched at run time from elsewhere.
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1', port: 4321 },
});
