import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed target: a 2-core machine under load runs the zip-bomb tests slowly.
    testTimeout: 20_000,
  },
});
