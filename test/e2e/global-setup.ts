import { execSync } from 'node:child_process';

/**
 * Builds the extension once before the end-to-end run (skip with KEPT_SKIP_BUILD=1 when already built).
 * Vitest sets NODE_ENV=test, which would make the build bundle React's development JSX runtime and
 * break the content scripts ("jsxDEV is not a function"): the build gets a production environment.
 */
export default function setup(): void {
  if (process.env.KEPT_SKIP_BUILD === '1') return;
  execSync('npx wxt build', { stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
}
