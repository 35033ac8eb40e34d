/**
 * Ordinary client emails typed into the real saved Gmail compose window (Oct 2020, `../shared/fixtures`)
 * on Gmail's URL, then Send: the review before Send lists every promise once, in English and in Chinese;
 * an email made only of near-misses (requests, questions, past reports, other people's actions, offers
 * that wait on the reader, deposits, negated guarantees, thanks) shows nothing and sends at once.
 * The page has no script of its own, so a stand-in for Gmail's Send in its main world counts sends.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endSession, sharedFixture, startSession, type KeptSession } from './harness';
import { BODY, highlightSizes, sends, serveBoth, countSends } from './gmail-page';

const REAL = sharedFixture('gmail/gmail-compose-2020-10.html');
const SEND = '.dC > [role="button"]:not([aria-haspopup])';

/** Each promise with the words that identify its row in the review. */
const ENGLISH: [sentence: string, key: string][] = [
  ['Our finance team will issue the credit note by Friday.', 'credit note'],
  ["I'll send the revised quote tomorrow.", 'revised quote'],
  ['We plan to have the pilot ready by December 15.', 'pilot'],
  ["I'll get back to you on pricing soon.", 'pricing'],
];
const CHINESE: [sentence: string, key: string][] = [
  ['修改后的报价单我周四下午发您。', '报价单'],
  ['合同终稿明天上午给到您。', '合同终稿'],
  ['我们争取下周五前完成上线。', '上线'],
  ['会议纪要整理好后我发到群里。', '纪要'],
];
const NEAR_MISSES = [
  'Hi Dana, thanks for sending the signed order form.',
  'Could you send us the updated headcount by Friday?',
  'Will your IT team join the kickoff on Monday?',
  'I sent the invoice to your accounts team yesterday.',
  'Your procurement team will confirm the PO next week.',
  "If you'd like, I can send the slides.",
  "We can't guarantee same-day turnaround over the holidays.",
  '按合同约定，保证金为合同金额的百分之五。',
  'Thanks again for your help.',
];

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

/** Opens the real compose window on Gmail's URL and enters `sentences` as a writer would. */
async function compose(sentences: string[], ime = false): Promise<Page> {
  const page = await session.context.newPage();
  await page.addInitScript(countSends);
  await page.goto(serveBoth(session, REAL).gmail);
  await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
  await page.locator(BODY).click();
  for (const [i, sentence] of sentences.entries()) {
    // Chinese arrives from an input method as committed phrases; English as key presses.
    if (ime) await page.keyboard.insertText(sentence);
    else await page.keyboard.type((i > 0 ? ' ' : '') + sentence);
  }
  // Let the analysis settle: what the chip says stays the same for a full second.
  const chip = page.getByRole('status', { name: 'Kept' });
  let said = '';
  for (let quiet = 0; quiet < 4;) {
    await page.waitForTimeout(250);
    const now = (await chip.textContent()) ?? '';
    quiet = now === said ? quiet + 1 : 0;
    said = now;
  }
  return page;
}

/** Sends through the review and returns, per promise, how many of its rows the review listed. */
async function reviewRows(page: Page, promises: [string, string][]) {
  await page.locator(SEND).click();
  const review = page.getByRole('dialog', { name: 'Kept', exact: true });
  await review.waitFor();
  expect(await sends(page)).toBe(0);
  const rows = await review
    .getByRole('region', { name: 'Commitments' })
    .getByRole('listitem')
    .allTextContents();
  await review.getByRole('button', { name: 'Send anyway' }).click();
  await expect.poll(() => sends(page)).toBe(1);
  const perPromise = Object.fromEntries(
    promises.map(([sentence, key]) => [sentence, rows.filter((r) => r.includes(key)).length]),
  );
  return { rows, perPromise };
}

const once = (promises: [string, string][]) =>
  Object.fromEntries(promises.map(([sentence]) => [sentence, 1]));

describe.skipIf(!existsSync(REAL))(
  'Gmail (real compose window): promises in a client email',
  () => {
    it('lists every English promise once in the review before Send', async () => {
      const page = await compose([
        'Hi Dana, thanks for the call today.',
        ...ENGLISH.map(([s]) => s),
      ]);
      const { rows, perPromise } = await reviewRows(page, ENGLISH);
      expect(perPromise).toEqual(once(ENGLISH));
      expect(rows).toHaveLength(ENGLISH.length);
      await page.close();
    });

    it('lists every Chinese promise once in the review before Send', async () => {
      const page = await compose(
        ['王经理您好，感谢今天的沟通。', ...CHINESE.map(([s]) => s)],
        true,
      );
      const { rows, perPromise } = await reviewRows(page, CHINESE);
      expect(perPromise).toEqual(once(CHINESE));
      expect(rows).toHaveLength(CHINESE.length);
      await page.close();
    });

    it('an email of near-misses shows nothing and sends at once, exactly once', async () => {
      const page = await compose(NEAR_MISSES);
      const chip = page.getByRole('status', { name: 'Kept' });
      expect(await chip.textContent()).not.toMatch(/warning|commitment/);
      const drawn = Object.entries(await highlightSizes(page)).filter(([, size]) => size > 0);
      expect(drawn).toEqual([]);
      await page.locator(SEND).click();
      expect(await page.getByRole('dialog', { name: 'Kept', exact: true }).count()).toBe(0);
      await page.waitForTimeout(300);
      expect(await sends(page)).toBe(1);
      await page.close();
    });
  },
);

if (!existsSync(REAL))
  console.warn(`[e2e] skipped the real Gmail promise tests: ${REAL} is absent.`);
