// @ts-check

import { fileURLToPath } from 'node:url';
import solid from '@astrojs/solid-js';
import { defineConfig } from 'astro/config';
import { modulePreload } from './src/build/modulePreload.mjs';
import { serviceWorker } from './src/build/serviceWorker.mjs';

export default defineConfig({
  output: 'static',
  // modulePreload before serviceWorker: the precache names each page by its final bytes.
  integrations: [solid(), modulePreload({ firstAfterLoad: ['FirstBoard', 'firstView'] }), serviceWorker()],
  // No trackers, no external requests: nothing is fetched at run time from elsewhere.
  devToolbar: { enabled: false },
  // BUURTRUIL_NO_MINIFY=1 npm run build: readable function names in a CPU profile
  // (bench/profileBrowser.ts); unset, Vite's own default minifier.
  // BUURTRUIL_SOURCEMAP=1 npm run build: hidden source maps beside the files, for
  // `node bench/boardJavaScript.ts --modules` (which module each file's bytes come from).
  vite: {
    // y-webrtc's peers are src/sync/DataChannelPeer.ts (the browser's own WebRTC, framed
    // messages), not simple-peer's browser build with Node's streams and Buffer.
    resolve: {
      alias: {
        'simple-peer/simplepeer.min.js': fileURLToPath(new URL('./src/sync/DataChannelPeer.ts', import.meta.url)),
      },
    },
    build: {
      ...(process.env.BUURTRUIL_NO_MINIFY ? { minify: false } : {}),
      ...(process.env.BUURTRUIL_SOURCEMAP ? { sourcemap: 'hidden' } : {}),
    },
  },
  server: { host: '127.0.0.1', port: 4321 },
});
