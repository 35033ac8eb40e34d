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
    // A loaded two-core machine can take seconds to start a worker or re-render a page; a poll that
    // gives up after vitest's default second fails on timing, not on behaviour.
    expect: { poll: { timeout: 10_000 } },
  },
});
