/**
 * `npm start`: builds Kept and opens Chromium with Kept loaded on the playground, in a fresh
 * temporary profile. `npm start -- --headless --screenshots DIR` writes PNG screenshots of the
 * playground, popup, side panel (a client, light and dark; the overview) and options page, with the
 * sample data loaded, into DIR instead, then exits 0.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
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

/** Each screen at the size the browser shows it, in the state that shows it best with sample data. */
const SCREENS: {
  name: string;
  page: string;
  width: number;
  height: number;
  dark?: boolean;
  prepare?: (page: Page) => Promise<void>;
}[] = [
  { name: 'playground', page: 'playground', width: 1280, height: 860 },
  { name: 'popup', page: 'popup', width: 380, height: 560, prepare: fillPopup },
  { name: 'sidepanel', page: 'sidepanel', width: 400, height: 900, prepare: openAcme },
  { name: 'sidepanel-overview', page: 'sidepanel', width: 400, height: 760 },
  {
    name: 'sidepanel-dark',
    page: 'sidepanel',
    width: 400,
    height: 900,
    dark: true,
    prepare: openAcme,
  },
  { name: 'options', page: 'options', width: 1100, height: 800, prepare: openAcme },
];

/** The popup as a user sees it mid-log: client, promise, and a Chinese date resolved live. */
async function fillPopup(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: 'Client' }).fill('Acme Logistics');
  await page
    .getByRole('textbox', { name: 'What was promised' })
    .fill('Send the signed statement of work');
  await page.getByRole('textbox', { name: 'When' }).fill('下周五');
  await page.getByText(/^Due /).waitFor();
}

/** The sample client Acme, picked from the client list. */
async function openAcme(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Acme Logistics' }).first().click();
  await page.getByRole('heading', { name: 'Acme Logistics' }).first().waitFor();
}

/** Loads the sample clients through the options page's own button, as a user would. */
async function loadSamples(context: Awaited<ReturnType<typeof launchKept>>): Promise<void> {
  const page = await context.context.newPage();
  await page.goto(pageUrl(context.extensionId, 'options'));
  await page.getByRole('button', { name: 'Load sample data' }).click();
  // Samples already there (the playground seeds them) are replaced after a confirmation.
  const loaded = page.getByText(/^Loaded sample data/);
  const reload = page.getByRole('button', { name: 'Reload sample data now' });
  await loaded.or(reload).waitFor();
  if (await reload.isVisible()) await reload.click();
  await loaded.waitFor();
  await page.close();
}

async function main(): Promise<void> {
  const kept = await launchKept({ headless, viewport: headless ? undefined : null });
  if (shotsDir) {
    const dir = resolve(shotsDir);
    mkdirSync(dir, { recursive: true });
    await loadSamples(kept);
    for (const screen of SCREENS) {
      const page = await kept.context.newPage();
      await page.emulateMedia({ colorScheme: screen.dark ? 'dark' : 'light' });
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto(pageUrl(kept.extensionId, screen.page));
      await page.waitForSelector('#root > *');
      await screen.prepare?.(page);
      await page.evaluate(() => document.fonts.ready);
      const file = join(dir, `${screen.name}.png`);
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
