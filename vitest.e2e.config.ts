import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian Chromium. One file at a time, no retries. */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    retry: 0,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    environment: 'node',
  },
});
