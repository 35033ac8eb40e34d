/**
 * The side panel's "Insert into draft", on the content script's side: the progress report
 * goes into the draft the user last focused, after their own text and before the signature, as an
 * editing action that Ctrl+Z takes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../lib/i18n';
import type { Commitment, HistoryEntry } from '../../lib/model/entities';
import { composeReport } from '../../lib/report/draft-report';
import { endSession, startSession, type KeptSession } from './harness';
import { BODY, COMPOSE, serveBoth, waitForHighlight } from './gmail-page';
import { SITES } from './sites-cases';
import { serveSite } from './sites-page';

let session: KeptSession;
beforeAll(async () => {
  session = await startSession();
});
afterAll(() => endSession(session));

type Chrome = {
  tabs: {
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(id: number, m: unknown): Promise<unknown>;
  };
};

/** Sends `insertIntoDraft` to every tab from Kept's service worker, as the side panel does to one. */
function insertFromKept(text: string, html?: string): Promise<unknown[]> {
  return session.serviceWorker.evaluate(
    async ([t, h]) => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      const tabs = await chrome.tabs.query({});
      const data = h === undefined ? { text: t } : { text: t, html: h };
      const message = { keptTab: 1, verb: 'insertIntoDraft', data };
      const replies = await Promise.all(
        tabs.map((tab) => chrome.tabs.sendMessage(tab.id!, message).catch(() => null)),
      );
      return replies.filter((r) => r !== null && r !== undefined);
    },
    [text, html] as const,
  );
}

const DAY = 86_400_000;
const NOW = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();
const promise = (
  text: string,
  action: string,
  dueAt: number,
  history: HistoryEntry[] = [],
): Commitment => ({
  id: action.replace(/\W/g, '') || 'x',
  clientId: 'acme',
  text,
  action,
  dueAt,
  dueKind: 'explicit',
  due: iso(dueAt),
  status: 'open',
  created: iso(NOW - 20 * DAY),
  history: [{ at: iso(NOW - 20 * DAY), change: 'created' }, ...history],
});

/** The side panel's report for a small ledger: one promise due soon, one moved, one late. */
function report(lang: Lang) {
  const moved: HistoryEntry = {
    at: iso(NOW - DAY),
    change: 'rescheduled',
    from: iso(NOW + 4 * DAY),
    to: iso(NOW + 8 * DAY),
    reason: lang === 'en' ? 'Dana is travelling' : '对方出差',
  };
  const commitments =
    lang === 'en'
      ? [
          promise('I will book the quarterly review.', 'book the quarterly review', NOW + 8 * DAY, [
            moved,
          ]),
          promise(
            'I will confirm the pickup windows.',
            'confirm the pickup windows',
            NOW + 2 * DAY,
          ),
          promise('I will share the delay breakdown.', 'share the delay breakdown', NOW - DAY),
        ]
      : [
          promise('我会预订季度回顾会。', '预订季度回顾会', NOW + 8 * DAY, [moved]),
          promise('我会确认提货时间窗。', '确认提货时间窗', NOW + 2 * DAY),
          promise('我会发送延误明细。', '发送延误明细', NOW - DAY),
        ];
  const input = {
    lang,
    now: NOW,
    timeZone: 'UTC',
    since: NOW - 14 * DAY,
    commitments,
    goals: [],
  };
  return composeReport(input);
}

describe('Gmail: inserting the progress report into the draft', () => {
  it('inserts after the writer’s text, before the signature, and Ctrl+Z undoes it', async () => {
    const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    const body = page.locator(BODY);
    await body.click();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const before = await body.evaluate((el) => el.innerHTML);

    const report = 'Progress update: the dashboard is live.';
    expect(await insertFromKept(report)).toEqual([{ inserted: true }]);
    const text = await body.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain(report);
    expect(text.indexOf(report)).toBeGreaterThan(text.indexOf('live by tomorrow'));
    expect(text.indexOf(report)).toBeLessThan(text.indexOf('Sam'));

    await body.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => body.evaluate((el) => el.innerHTML)).toBe(before);
    await page.close();
  });

  it.each([
    ['en', ['What', 'Due', 'Status'], 'Risks:', 'Confirm the pickup windows'],
    ['zh', ['事项', '截止日期', '状态'], '风险：', '确认提货时间窗'],
  ] as const)(
    '%s: inserts the rich report, a table and a Risks part, above the signature; Ctrl+Z undoes it',
    async (lang, head, risks, first) => {
      const { text, html, findings } = report(lang);
      expect(findings).toEqual([]);
      const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
      await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
      const body = page.locator(BODY);
      await body.click();
      await page.evaluate(() => getSelection()?.removeAllRanges());
      const before = await body.evaluate((el) => el.innerHTML);

      expect(await insertFromKept(text, html)).toEqual([{ inserted: true }]);
      const table = body.locator('table');
      await expect(table.locator('th').allTextContents()).resolves.toEqual(head);
      const rows = await table
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
        );
      expect(rows).toHaveLength(3);
      // In date order: the late one, the one due soon, the moved one.
      expect(rows[1]![0]).toBe(first);
      const inner = await body.evaluate((el) => (el as HTMLElement).innerText);
      expect(inner).toContain(risks);
      // After the writer's text, above the signature, which stays in its own block at the end.
      expect(inner.indexOf(head[0])).toBeGreaterThan(inner.indexOf('live by tomorrow'));
      expect(inner.indexOf(risks)).toBeLessThan(inner.indexOf('Sam'));
      const signatureLast = await body.evaluate((el) => {
        const signature = el.querySelector('.gmail_signature')!;
        const table = el.querySelector('table')!;
        return (
          el.lastElementChild === signature &&
          !!(table.compareDocumentPosition(signature) & Node.DOCUMENT_POSITION_FOLLOWING)
        );
      });
      expect(signatureLast).toBe(true);

      await body.focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => body.evaluate((el) => el.innerHTML)).toBe(before);
      await page.close();
    },
  );

  it('the playground: the report goes above the sign-off ("Best, Sam"), not after it', async () => {
    const page = await session.openKeptPage('playground');
    await waitForHighlight(page, 'kept-overpromise', 10_000);
    const editor = page.locator('#kept-playground-editor');
    await editor.click();
    await page.evaluate(() => getSelection()?.removeAllRanges());
    const before = await editor.evaluate((el) => el.innerHTML);
    const { text, html } = report('en');

    expect(await insertFromKept(text, html)).toEqual([{ inserted: true }]);
    await editor.locator('table').waitFor();
    const inner = await editor.evaluate((el) => (el as HTMLElement).innerText);
    expect(inner.indexOf('Progress update')).toBeGreaterThan(inner.indexOf('不会再出现'));
    expect(inner.indexOf('Risks:')).toBeLessThan(inner.indexOf('Best,'));
    expect(inner.trimEnd()).toMatch(/Best,\s*Sam$/);

    await editor.focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.evaluate((el) => el.innerHTML)).toBe(before);
    await page.close();
  });

  it('a plain editor (Fxiaoke’s textarea) gets the plain-text report, not the table', async () => {
    const site = SITES.find((s) => s.id === 'fxiaoke')!;
    const page = await session.openHost(serveSite(session, site).real);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    const box = page.locator('.crm-feed-publish textarea');
    await page.locator('.crm-feed-publish').getByRole('status', { name: 'Kept' }).waitFor({
      timeout: 10_000,
    });
    await box.click();
    const { text, html } = report('zh');
    expect(await insertFromKept(text, html)).toEqual([{ inserted: true }]);
    const value = await box.inputValue();
    expect(value).toBe(`今天和客户沟通了上线时间。\n\n${text}`);
    expect(value).not.toContain('<table');
    await page.close();
  });

  it('answers "not inserted" when the draft it knew has closed', async () => {
    const page = await session.openHost(serveBoth(session, COMPOSE).gmail);
    await page.getByRole('status', { name: 'Kept' }).waitFor({ timeout: 10_000 });
    await page.locator(BODY).click();
    await page.evaluate(() => document.querySelector('[role="dialog"]')?.remove());
    expect(await insertFromKept('Progress update')).toEqual([{ inserted: false }]);
    await page.close();
  });
});
