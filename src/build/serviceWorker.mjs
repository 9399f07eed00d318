// An Astro integration that makes the built site work offline: after the build,
// workbox-build writes dist/sw.js, which precaches every page and asset of this version
// (hashed names make old versions fall away). Build-time only; never shipped as code.
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

export function serviceWorker() {
  return {
    name: 'buurtruil:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const globDirectory = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory,
          globPatterns: ['**/*.{html,js,css,svg,webmanifest,png}'],
          swDest: `${globDirectory}sw.js`,
          // The workbox runtime goes into sw.js itself: nothing is loaded from elsewhere.
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
          skipWaiting: true,
          clientsClaim: true,
          // /join/#... and /#/post/... are the same pages: the fragment never reaches the network.
          directoryIndex: 'index.html',
          navigateFallback: null,
          cleanupOutdatedCaches: true,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached (${Math.round(size / 1024)} KiB)`);
      },
    },
  };
}
