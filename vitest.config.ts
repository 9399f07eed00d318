import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    // The machine is shared: signing and verifying tests take seconds when it is busy.
    testTimeout: 20_000,
  },
});
