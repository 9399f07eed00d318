import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['fake-indexeddb/auto'],
    // Signing, sealing and scrypt in pure JavaScript on a busy 2-core machine: generous, never a measure.
    testTimeout: 120_000,
    // A file per core: Vitest's own default leaves one core free (one file at a time on 2 cores).
    maxWorkers: availableParallelism(),
  },
});
