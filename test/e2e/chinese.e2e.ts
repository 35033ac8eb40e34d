/**
 * Kept in Chinese on the real surfaces: with Kept's language set to 简体中文 in a browser whose own
 * language is English, the playground, the warning card and the review before Send speak Chinese
 * throughout — no English rule message beside Chinese buttons, warnings called 风险提示, and due dates
 * written as the UI language writes them, never the browser locale's mm/dd/yyyy.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, startSession, type KeptSession } from './harness';

let session: KeptSession;

beforeAll(async () => {
  // KEPT_EXTENSION_DIR: a private copy of the build, when others rebuild .output while this runs.
  session = await startSession({ extensionDir: process.env.KEPT_EXTENSION_DIR });
  const playground = await session.openKeptPage('playground');
  const options = await session.openKeptPage('options');
  await options
    .getByRole('list', { name: 'Clients' })
    .getByRole('button', { name: 'Acme Logistics' })
    .waitFor();
  await options.getByRole('combobox', { name: 'Language of Kept’s screens' }).selectOption('zh-CN');
  await options.getByRole('heading', { level: 1, name: /设置/ }).waitFor();
  await Promise.all([playground.close(), options.close()]);
});

afterAll(() => endSession(session));

/** Waits for any of Kept's underlines in the page. */
const anyHighlight = (page: Page) =>
  page.waitForFunction(
    () => [...CSS.highlights.keys()].some((name) => name.startsWith('kept-')),
    undefined,
    { timeout: 15_000 },
  );

/** The viewport centre of `needle` in the playground's editor. */
const centreOf = (page: Page, needle: string) =>
  page.getByRole('textbox', { name: '邮件正文' }).evaluate((el, text) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`not found: ${text}`);
  }, needle);

describe('Kept in 简体中文', () => {
  it('the playground, its card and its review speak Chinese, with dates as Chinese writes them', async () => {
    const page = await session.openKeptPage('playground');
    // The page sets its lang once the language setting is read: wait for it.
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => page.title()).toBe('Kept — 练习场');
    const composer = page.getByRole('region', { name: '写信窗口' });
    await composer.getByText('收件人：').waitFor();
    await composer.getByText('主题：').waitFor();
    await page.getByText(/像给客户写信一样输入/).waitFor();
    await anyHighlight(page);

    // The chip counts 风险提示, not 提醒 (which is for reminders).
    await page
      .getByText(/\d+ 个风险提示/)
      .first()
      .waitFor();

    // "We guarantee…" is an English sentence: its rule message is English, so the card explains the
    // finding in Chinese instead.
    const at = await centreOf(page, 'guarantee');
    await page.mouse.move(at.x, at.y);
    const card = page.getByRole('dialog', { name: 'Kept 风险提示' });
    await card.waitFor();
    const what = await card.locator('p').first().textContent();
    expect(what).toMatch(/[\u4e00-\u9fff]/);
    expect(what).not.toMatch(/[A-Za-z]{3,}/);
    await page.mouse.move(0, 0);

    await composer.getByRole('button', { name: '发送', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Kept', exact: true });
    await review.waitFor();
    await expect(review.getAttribute('lang')).resolves.toBe('zh-CN');
    const dates = await review
      .locator('input[data-kept-due]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(dates.length).toBeGreaterThan(0);
    for (const value of dates) {
      expect(value).not.toMatch(/\d{1,2}\/\d{1,2}\/\d{4}/);
      if (value) expect(value).toMatch(/^(\d{4}年)?\d{1,2}月\d{1,2}日 周[一二三四五六日]/);
    }
    // A date typed in any form is shown back as Chinese writes it.
    const first = review.locator('input[data-kept-due]').first();
    await first.fill('2027-01-05');
    await first.blur();
    await expect(first.inputValue()).resolves.toBe('2027年1月5日 周二');
    await review.getByRole('button', { name: '仍然发送' }).click();
    await expect(page.getByRole('status', { name: '练习场发送' }).textContent()).resolves.toBe(
      '已发送 1 次（内容不会离开此页面）。',
    );
    await page.close();
  });
});
