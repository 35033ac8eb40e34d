/**
 * `npm start`: builds Kept and opens Chromium with Kept loaded on the playground, in a fresh
 * temporary profile. `npm start -- --headless --screenshots DIR` writes PNG screenshots of the
 * playground, popup, side panel and options page into DIR instead, then exits 0.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchKept, NoBrowserError, pageUrl } from './launch-kept';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const shotsIndex = args.indexOf('--screenshots');
const shotsDir = shotsIndex >= 0 ? args[shotsIndex + 1] : undefined;
if (shotsIndex >= 0 && !shotsDir) {
  console.error('npm start: --screenshots needs a directory, e.g. --screenshots /tmp/shots');
  process.exit(2);
}
if (shotsDir && !headless) {
  console.error('npm start: --screenshots works with --headless');
  process.exit(2);
}
if (!args.includes('--no-build')) execSync('npx wxt build', { stdio: 'inherit' });

/** Each screen at the size the browser shows it. */
const SCREENS = [
  { page: 'playground', width: 1280, height: 860 },
  { page: 'popup', width: 380, height: 520 },
  { page: 'sidepanel', width: 400, height: 760 },
  { page: 'options', width: 1100, height: 800 },
];

async function main(): Promise<void> {
  const kept = await launchKept({ headless, viewport: headless ? undefined : null });
  if (shotsDir) {
    const dir = resolve(shotsDir);
    mkdirSync(dir, { recursive: true });
    for (const screen of SCREENS) {
      const page = await kept.context.newPage();
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(pageUrl(kept.extensionId, screen.page));
      await page.waitForSelector('#root > *');
      await page.evaluate(() => document.fonts.ready);
      const file = join(dir, `${screen.page}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
    await kept.close();
    return;
  }
  const page = kept.context.pages()[0] ?? (await kept.context.newPage());
  await page.goto(pageUrl(kept.extensionId, 'playground'));
  console.log(`Kept is running (extension id ${kept.extensionId}). Close the browser to stop.`);
  if (headless) {
    console.log('Headless: nothing to show; use --screenshots DIR to capture the screens.');
    await kept.close();
    return;
  }
  await new Promise<void>((done) => kept.context.on('close', () => done()));
}

main().catch((error: unknown) => {
  if (error instanceof NoBrowserError) {
    console.error(error.message);
    process.exit(1);
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/Missing X server|\$DISPLAY/i.test(message)) {
    console.error(
      'npm start: no display to open a window on. Run `npm start -- --headless --screenshots DIR` to capture the screens instead.',
    );
    process.exit(1);
  }
  console.error(message);
  process.exit(1);
});
