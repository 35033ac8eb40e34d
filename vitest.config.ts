import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.{ts,tsx}',
      'components/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
    ],
    // Unit tests are deterministic: no retries, and `now` is injected rather than read from the clock.
    retry: 0,
    environment: 'node',
    setupFiles: ['test/setup/analysis-errors.ts'],
  },
});
