import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Loads one of `test/fixtures/<site>/*.html` into the test's jsdom document and runs its inline
 * scripts (the stand-ins for the host: custom elements with shadow roots, iframe editors, re-renders),
 * then waits `settle` ms for their timers. Set the page's URL with `@vitest-environment-options`.
 */
export async function loadFixture(path: string, settle = 0): Promise<void> {
  const html = readFileSync(resolve('test/fixtures', path), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const scripts = [...parsed.querySelectorAll('script')].map((s) => s.textContent ?? '');
  for (const s of parsed.querySelectorAll('script')) s.remove();
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  // Indirect eval: the fixture's scripts run in the page's global scope, as a <script> would.
  for (const script of scripts) (0, eval)(script);
  if (settle > 0) await new Promise((done) => setTimeout(done, settle));
}
