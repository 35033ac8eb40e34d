import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, ownFixture, sharedFixture, startSession, type KeptSession } from './harness';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
/** A URL no content script of Kept's matches: the same page without Kept, for comparison. */
const PLAIN_URL = 'https://fixtures.kept.test/without-kept.html';
const BODY = '[role="textbox"][g_editable="true"]';
const realCompose = sharedFixture('gmail/gmail-compose-2020-10.html');

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

describe('the extension', () => {
  it('runs its service worker', async () => {
    const id = await session.serviceWorker.evaluate(() => self.location.host);
    expect(id).toBe(session.extensionId);
    const name = await session.serviceWorker.evaluate(
      async () => (await (await fetch('/manifest.json')).json()).name,
    );
    expect(name).toBe('Kept');
  });

  it.each([
    ['popup', /Kept/],
    ['sidepanel', /Client/],
    ['options', /Options/],
    ['playground', /Playground/],
  ])('renders the %s page', async (name, heading) => {
    const page = await session.openKeptPage(name);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(heading);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records, aborts and attributes a network request made from a Kept page', async () => {
    const page = await session.openKeptPage('options');
    const outcome = await page.evaluate(() =>
      fetch('https://example.com/kept-probe').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    expect(outcome).toBe('blocked');
    const probe = session.keptRequests().filter((r) => r.url.includes('kept-probe'));
    expect(probe).toHaveLength(1);
    expect(probe[0]!.from).toContain(session.extensionId);
    // The probe was the test's own; forget it so the suite's "Kept made no request" check stays meaningful.
    session.forget((r) => r.url.includes('kept-probe'));
    await page.close();
  });

  it('gives the playground a large rich-text composer', async () => {
    const page = await session.openKeptPage('playground');
    const editor = page.getByRole('textbox', { name: 'Message' });
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Typed here.');
    await expect(editor.textContent()).resolves.toContain('Typed here.');
    const box = await editor.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(300);
    await page.close();
  });
});

describe.each([
  ['the real saved compose window (2020-10)', realCompose],
  [
    'our Gmail-shaped compose with recipient chips (2026-11)',
    ownFixture('gmail/gmail-compose-2026-11.html'),
  ],
])('Gmail: %s', (_name, file) => {
  it.skipIf(!existsSync(file))('mounts the chip without changing the compose body', async () => {
    session.serve(PLAIN_URL, file);
    session.serve(GMAIL_URL.split('#')[0]!, file);
    const plain = await session.openHost(PLAIN_URL);
    const before = await plain.locator(BODY).evaluate((el) => el.innerHTML);
    await plain.close();

    const page = await session.openHost(GMAIL_URL);
    const chip = page.getByRole('status', { name: 'Kept' });
    await chip.waitFor({ timeout: 10_000 });
    await expect(chip.textContent()).resolves.toContain('Kept');
    // The chip lives in a shadow root outside the editor.
    const inShadow = await page.locator('kept-chip').evaluate((host) => host.shadowRoot !== null);
    expect(inShadow).toBe(true);
    const after = await page.locator(BODY).evaluate((el) => el.innerHTML);
    expect(after).toBe(before);
    expect(await page.locator(`${BODY} kept-chip`).count()).toBe(0);
    await page.close();
  });
});

if (!existsSync(realCompose)) {
  console.warn(
    `[e2e] skipped the real Gmail compose test: ${realCompose} is absent (the ../shared folder is not beside the repository).`,
  );
}
