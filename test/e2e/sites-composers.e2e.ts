/**
 * The site adapters end to end, on each built-in site's real URL in Chromium: typing an overpromise shows the
 * warning (underline in the editor's own document and the chip's count), the chip names the client
 * the recipients resolve to, Send opens Kept's review and goes through once, and the draft's DOM is
 * exactly what the same typing gives without Kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endSession, startSession, type KeptSession } from './harness';
import { SITES, type SiteCase } from './sites-cases';
import {
  editor,
  editorFrame,
  highlightSize,
  keptCall,
  sends,
  serveSite,
  typeInDraft,
  wordCentre,
} from './sites-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
  await keptCall(session, 'createClient', { name: 'Acme', domains: ['acme.example'] });
});
afterAll(() => endSession(session));

async function open(site: SiteCase): Promise<{ page: Page; plain: string }> {
  const urls = serveSite(session, site);
  const page = await session.openHost(urls.real);
  await editorFrame(page, site);
  return { page, plain: urls.plain };
}

/** The chip of the composer being tested (Fxiaoke's page also has a sales-record box). */
const chip = (page: Page, site: SiteCase) =>
  (site.scope ? page.locator(site.scope) : page).getByRole('status', { name: 'Kept' });

describe('fxiaoke 销售记录 (a textarea, underlined on its mirror)', () => {
  it('warns in Chinese, names the customer, and holds 发布 for the review', async () => {
    const site = SITES.find((s) => s.id === 'fxiaoke')!;
    const { page } = await open(site);
    const box = page.locator('.crm-feed-publish textarea');
    const boxChip = page.locator('.crm-feed-publish').getByRole('status', { name: 'Kept' });
    await expect.poll(() => boxChip.textContent(), { timeout: 10_000 }).toContain('Acme');
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('我们保证明天一定上线。');
    await expect.poll(() => boxChip.textContent(), { timeout: 15_000 }).toMatch(/1 warning/);
    expect(await box.inputValue()).toBe('今天和客户沟通了上线时间。我们保证明天一定上线。');
    await page.getByRole('button', { name: '发布', exact: true }).click();
    await page.getByRole('dialog', { name: 'Kept' }).waitFor();
    expect(await sends(page)).toBe(0);
    await page.close();
  });
});

describe('zoho: Ctrl+Enter typed inside the CKEditor frame', () => {
  it('is held for the review too, and "Send anyway" sends once', async () => {
    const site = SITES.find((s) => s.id === 'zoho')!;
    const { page } = await open(site);
    await chip(page, site).waitFor({ timeout: 10_000 });
    await typeInDraft(page, site);
    await expect.poll(() => chip(page, site).textContent(), { timeout: 15_000 }).toMatch(/warning/);
    await page.keyboard.press('Control+Enter');
    const review = page.getByRole('dialog', { name: 'Kept' });
    await review.waitFor();
    expect(await sends(page)).toBe(0);
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.close();
  });
});

describe.each(SITES)('$id', (site) => {
  it('underlines the overpromise, counts it on the chip and names the client', async () => {
    const { page } = await open(site);
    await chip(page, site).waitFor({ timeout: 10_000 });
    await typeInDraft(page, site);
    const frame = await editorFrame(page, site);
    await expect
      .poll(() => highlightSize(frame, 'kept-overpromise'), { timeout: 15_000 })
      .toBeGreaterThan(0);
    await expect
      .poll(() => chip(page, site).textContent(), { timeout: 15_000 })
      .toMatch(/1 warning/);
    await expect.poll(() => chip(page, site).textContent(), { timeout: 15_000 }).toContain('Acme');
    await page.close();
  });

  it('opens the warning card on hover, just below the word, outside the editor', async () => {
    const { page } = await open(site);
    await chip(page, site).waitFor({ timeout: 10_000 });
    await typeInDraft(page, site);
    await expect
      .poll(() => chip(page, site).textContent(), { timeout: 15_000 })
      .toMatch(/1 warning/);
    const at = await wordCentre(page, site, site.flagged);
    await page.mouse.move(at.x, at.y);
    const card = page.getByRole('dialog', { name: 'Kept warning' });
    await card.waitFor();
    const box = (await card.boundingBox())!;
    // In page coordinates even when the editor is in an iframe: right under the underlined word.
    expect(box.y).toBeGreaterThanOrEqual(at.bottom);
    expect(box.y).toBeLessThan(at.bottom + 40);
    await expect(editor(page, site).locator('kept-card').count()).resolves.toBe(0);
    await page.close();
  });

  it('leaves the draft exactly as the same typing does without Kept', async () => {
    const { page, plain } = await open(site);
    const without = await session.openHost(plain);
    await typeInDraft(without, site);
    const expected = await editor(without, site).evaluate((el) => el.innerHTML);
    await without.close();

    await chip(page, site).waitFor({ timeout: 10_000 });
    await typeInDraft(page, site);
    await expect.poll(() => chip(page, site).textContent(), { timeout: 15_000 }).toMatch(/warning/);
    expect(await editor(page, site).evaluate((el) => el.innerHTML)).toBe(expected);
    await page.close();
  });

  it('holds Send for the review, then sends exactly once on "Send anyway"', async () => {
    const { page } = await open(site);
    await chip(page, site).waitFor({ timeout: 10_000 });
    await typeInDraft(page, site);
    await expect.poll(() => chip(page, site).textContent(), { timeout: 15_000 }).toMatch(/warning/);
    await page.getByRole('button', { name: site.send, exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Kept' });
    await review.waitFor();
    expect(await sends(page)).toBe(0);
    await review.getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.close();
  });
});
