import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumExecutable } from './tests/browser/chromiumExecutable.ts';

// A system Chromium, or the one packaged in node_modules (tests/browser/chromiumExecutable.ts);
// never a downloaded one. The loopback flag and the media permission
// (granted per context in tests/e2e/peers.ts) let WebRTC find candidates on a machine
// whose only interface is loopback.
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--allow-loopback-in-peer-connection',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: false,
  // Scenario files in parallel, one worker per core up to two (each scenario drives several
  // browsers at once); BUURTRUIL_E2E_WORKERS chooses another number.
  workers: Number(process.env.BUURTRUIL_E2E_WORKERS) || Math.min(2, availableParallelism()),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: await chromiumExecutable(),
      args: chromiumArgs,
    },
    trace: 'off',
  },
});
