/**
 * The review's defaults and the in-page UI's discoverability, on Gmail's URL with real clicks and key presses, in English and Chinese:
 * the review before Send ticks only deliverables, offers "Log all / Log none" and groups a
 * sentence's warnings; the chip shows a warning mark and its counts open the draft's list of
 * warnings, from which a warning's card opens with the focus inside and its shortcuts shown; a fix
 * says the text it inserts. Every send still happens exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endSession, startSession, type KeptSession } from './harness';
import { COMPOSE, keptCall, sends, serveBoth, typeAtEnd, waitForHighlight } from './gmail-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

/** Added to the saved draft ("We guarantee the new dashboard will be live by tomorrow."). */
const PROMISES =
  " I'll send the revised quote by Friday. I guarantee it will be perfect. I'll call you soon.";

const TEXT = {
  en: {
    logAll: 'Log all',
    logNone: 'Log none',
    sendAnyway: 'Send anyway',
    commitments: 'Commitments',
    warnings: 'Warnings',
    notDeliverable: 'promises an outcome',
    list: 'Kept: warnings in this draft',
    card: 'Kept warning',
    inside: 'Esc goes back to your draft',
    counts: /^\d+ warnings · \d+ commitments$/,
  },
  zh: {
    logAll: '全部记录',
    logNone: '全部不记录',
    sendAnyway: '仍然发送',
    commitments: '承诺',
    warnings: '风险提示',
    notDeliverable: '承诺的是结果',
    list: 'Kept：此草稿中的风险提示',
    card: 'Kept 风险提示',
    inside: '按 Esc 返回草稿',
    counts: /^\d+ 个风险提示 · \d+ 项承诺$/,
  },
};

async function openCompose(lang: 'en' | 'zh'): Promise<Page> {
  await keptCall(session, 'updateSettings', {
    patch: { language: lang === 'zh' ? 'zh-CN' : 'en' },
  });
  const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
  await waitForHighlight(page, 'kept-overpromise', 10_000);
  await typeAtEnd(page, PROMISES);
  const chip = page.getByRole('status', { name: 'Kept' });
  await expect.poll(() => chip.textContent(), { timeout: 10_000 }).toMatch(/4/);
  return page;
}

describe.each(['en', 'zh'] as const)('Gmail compose (%s): review and discoverability', (lang) => {
  const t = TEXT[lang];

  it('the review ticks only deliverables, logs all or none, groups warnings by sentence, sends once', async () => {
    const page = await openCompose(lang);
    await page.locator('.dC > [role="button"]').click();
    const review = page.getByRole('dialog', { name: 'Kept', exact: true });
    await review.waitFor();
    const commitments = review.getByRole('region', { name: t.commitments, exact: true });
    const ticks = () =>
      commitments
        .getByRole('checkbox')
        .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked));
    // "I guarantee it will be perfect" promises an outcome: not ticked, and the row says why.
    expect(await ticks()).toEqual([true, true, false, true]);
    const rows = await commitments.getByRole('listitem').allTextContents();
    expect(rows.filter((r) => r.includes(t.notDeliverable))).toHaveLength(1);
    expect(rows.find((r) => r.includes(t.notDeliverable))).toContain(
      'I guarantee it will be perfect',
    );
    await review.getByRole('button', { name: t.logAll, exact: true }).click();
    expect(await ticks()).toEqual([true, true, true, true]);
    await review.getByRole('button', { name: t.logNone, exact: true }).click();
    expect(await ticks()).toEqual([false, false, false, false]);
    // Four warnings in three sentences: one group each, the guarantee's two together.
    const groups = review
      .getByRole('region', { name: t.warnings, exact: true })
      .locator(':scope > ul > li');
    expect(await groups.count()).toBe(3);
    const perfect = groups.filter({ hasText: 'I guarantee it will be perfect.' });
    expect(await perfect.locator('li').count()).toBe(2);
    expect(await sends(page)).toBe(0);
    await review.getByRole('button', { name: t.sendAnyway }).click();
    await expect.poll(() => sends(page)).toBe(1);
    await page.waitForTimeout(300);
    expect(await sends(page)).toBe(1);
    await page.close();
  });

  it("the chip's counts open the list of warnings; choosing one opens its card, focused", async () => {
    const page = await openCompose(lang);
    const chip = page.getByRole('status', { name: 'Kept' });
    expect(await chip.textContent()).toMatch(/^⚠Kept/);
    const counts = chip.getByRole('button', { name: t.counts });
    await counts.click();
    const list = page.getByRole('dialog', { name: t.list });
    await list.waitFor();
    expect(await counts.getAttribute('aria-expanded')).toBe('true');
    const items = await list.getByRole('listitem').allTextContents();
    expect(items).toHaveLength(4);
    expect(items[0]).toContain('“We guarantee”');
    // Escape closes it; the keyboard opens it again from the counts.
    await page.keyboard.press('Escape');
    await list.waitFor({ state: 'detached' });
    await counts.focus();
    await page.keyboard.press('Enter');
    await list.waitFor();
    // The list focuses its first entry once drawn: keys pressed before that would go elsewhere.
    await expect
      .poll(() =>
        list
          .getByRole('button')
          .first()
          .evaluate((el) => el.matches(':focus')),
      )
      .toBe(true);
    // Down to "soon" (the fourth), then Enter: its card opens with the focus inside.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const card = page.getByRole('dialog', { name: t.card });
    await card.waitFor();
    await list.waitFor({ state: 'detached' });
    await expect(card.locator('h2').textContent()).resolves.toContain('“soon”');
    expect(await page.evaluate(() => getSelection()!.toString())).toBe('soon');
    expect(await page.evaluate(() => document.activeElement?.localName === 'kept-card')).toBe(true);
    expect(await card.textContent()).toContain(t.inside);
    // A fix says the words it puts in, not the date's name.
    const fixes = await card.locator('button.kept-fix').allTextContents();
    // The sentence is English, so its fixes are too, whatever the UI language.
    expect(fixes[0]).toBe('by tomorrow');
    expect(fixes.some((f) => /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d/.test(f))).toBe(false);
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    expect(await sends(page)).toBe(0);
    await page.close();
  });
});

describe('Underline colours follow the severity, with a legend in Options → Rules', () => {
  it('draws an error in red and a warning in orange in Gmail', async () => {
    await keptCall(session, 'updateSettings', {
      patch: { language: 'en', ruleSeverity: { 'vague-date': 'error' } },
    });
    const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
    await waitForHighlight(page, 'kept-overpromise', 10_000);
    await typeAtEnd(page, " I'll call you soon.");
    await waitForHighlight(page, 'kept-vague-date-error');
    // The rules Kept adopted into Gmail's document, as the page's own CSSOM reads them.
    const rule = (name: string) =>
      page.evaluate((n) => {
        for (const sheet of document.adoptedStyleSheets)
          for (const r of sheet.cssRules)
            if (r.cssText.startsWith(`::highlight(${n})`)) return r.cssText;
        return '';
      }, name);
    expect(await rule('kept-vague-date-error')).toContain('rgb(217, 48, 37)');
    expect(await rule('kept-overpromise')).toContain('rgb(227, 116, 0)');
    expect(await rule('kept-overpromise-info')).toContain('rgb(26, 115, 232)');
    await keptCall(session, 'updateSettings', { patch: { ruleSeverity: {} } });
    await page.close();
  });

  it.each([
    ['en', 'Underline colours', 'Error: thick red wave'],
    ['zh', '下划线颜色', '错误：红色粗波浪线'],
  ] as const)('Options → Rules shows the legend (%s)', async (lang, heading, error) => {
    await keptCall(session, 'updateSettings', {
      patch: { language: lang === 'zh' ? 'zh-CN' : 'en' },
    });
    const options = await session.openKeptPage('options');
    const legend = options.getByRole('group', { name: heading });
    await legend.waitFor();
    const rows = legend.getByRole('listitem');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().textContent()).toContain(error);
    const colour = await rows
      .first()
      .locator('span')
      .evaluate((el) => getComputedStyle(el).textDecorationColor);
    expect(colour).toBe('rgb(217, 48, 37)');
    await options.close();
  });
});
