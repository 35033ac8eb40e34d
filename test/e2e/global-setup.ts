import { execSync } from 'node:child_process';

/** Builds the extension once before the end-to-end run (skip with KEPT_SKIP_BUILD=1 when already built). */
export default function setup(): void {
  if (process.env.KEPT_SKIP_BUILD === '1') return;
  execSync('npx wxt build', { stdio: 'ignore' });
}
