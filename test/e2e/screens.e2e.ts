/**
 * Kept's screens driven as a user would, by role and label, in Chromium with the built
 * extension: popup → side panel → reschedule → done → report; options import and language. The
 * browser's clock is real, so expected dates come from the same date code the screens use.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDue, parseDue } from '../../lib/analysis/dates';
import { endSession, startSession, type KeptSession } from './harness';

const PROMISE = 'Send the signed statement of work';

let session: KeptSession;
let panel: Page;

/** What the screens show for a typed "when", computed with the browser's zone and clock. */
async function expectedDay(page: Page, input: string, lang: 'en' | 'zh' = 'en'): Promise<string> {
  const timeZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const ctx = { now: new Date(), timeZone };
  const { due } = parseDue(input, ctx);
  expect(due, `"${input}" should parse`).not.toBeNull();
  return formatDue(due!, ctx, lang);
}

/** Record counts straight from IndexedDB, to prove that something changed nothing. */
function countRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((done, fail) => {
        const open = indexedDB.open('kept');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['clients', 'contacts', 'goals', 'commitments'];
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            done(out);
          };
        };
      }),
  );
}

const item = (page: Page, text: string) => page.getByRole('listitem', { name: text });

beforeAll(async () => {
  session = await startSession();
  // The playground loads the sample clients the first time it opens.
  const playground = await session.openKeptPage('playground');
  const options = await session.openKeptPage('options');
  await options
    .getByRole('list', { name: 'Clients' })
    .getByRole('button', { name: 'Acme Logistics' })
    .waitFor();
  await Promise.all([playground.close(), options.close()]);
});

afterAll(() => endSession(session));

describe('popup and side panel', () => {
  it('logs a commitment from the popup with "下周五" and shows it in the side panel on that date', async () => {
    const popup = await session.openKeptPage('popup');
    const friday = await expectedDay(popup, '下周五');
    await expect(popup.getByRole('button', { name: /overdue/ }).textContent()).resolves.toMatch(
      /\d overdue/,
    );
    await popup.getByRole('combobox', { name: 'Client' }).fill('Acme Logistics');
    await popup.getByRole('textbox', { name: 'What was promised' }).fill(PROMISE);
    await popup.getByRole('textbox', { name: 'When' }).fill('下周五');
    await popup.getByText(`Due ${friday}`).waitFor();
    await popup.getByRole('textbox', { name: 'When' }).press('Enter');
    await popup.getByText(`Saved: “${PROMISE}” for Acme Logistics, ${friday}.`).waitFor();
    await popup.close();

    panel = await session.openKeptPage('sidepanel');
    await panel.getByRole('searchbox', { name: 'Search clients' }).fill('Acme');
    await panel.getByRole('button', { name: 'Acme Logistics' }).first().click();
    await expect(item(panel, PROMISE).textContent()).resolves.toContain(`Due ${friday}`);
  });

  it('reschedules it with a reason and shows the history', async () => {
    const friday = await expectedDay(panel, '下周五');
    const monday = await expectedDay(panel, 'Monday after next');
    const entry = item(panel, PROMISE);
    // Reschedule, drop and history are in the item's menu; Done is its checkbox.
    await entry.getByRole('button', { name: `More actions for “${PROMISE}”` }).click();
    await panel.getByRole('menuitem', { name: 'Reschedule' }).click();
    await entry.getByRole('textbox', { name: 'New date' }).fill('Monday after next');
    await entry.getByRole('textbox', { name: 'Reason' }).fill('Legal needs another review');
    await entry.getByRole('button', { name: 'Move the date' }).click();
    await entry.getByText(`Due ${monday}`).waitFor();
    await entry.getByRole('button', { name: `More actions for “${PROMISE}”` }).click();
    await panel.getByRole('menuitem', { name: 'History' }).click();
    const history = entry.getByRole('list', { name: `History of “${PROMISE}”` });
    await expect(history.textContent()).resolves.toContain(
      `Rescheduled from ${friday} to ${monday} — Legal needs another review`,
    );
  });

  it('marks it done and the kept-on-time rate changes', async () => {
    const rate = panel.getByRole('status', { name: 'Kept on time' });
    const before = await rate.textContent();
    expect(before).toContain('50%');
    await item(panel, PROMISE)
      .getByRole('checkbox', { name: `Mark “${PROMISE}” done` })
      .click();
    await expect.poll(() => rate.textContent()).toContain('67%');
    await expect(
      panel.getByRole('list', { name: 'Recently completed' }).textContent(),
    ).resolves.toContain(PROMISE);
  });

  it('drafts an honest progress report and says when no draft is open', async () => {
    await panel.getByRole('button', { name: 'Draft progress report' }).click();
    const report = await panel.getByRole('textbox', { name: 'Progress report text' }).inputValue();
    expect(report).toMatch(/^Progress update, /);
    expect(report).toContain(`• ${PROMISE}`);
    expect(report).toContain('Running late, with new dates:');
    expect(report).toMatch(
      /• Confirm the new pickup windows: was due .+; new date to be agreed, to follow in writing\./,
    );
    expect(report).toMatch(
      /• Book the quarterly review: now due .+ \(was .+\)\. Reason: Dana is travel/,
    );
    expect(report).toContain('Next steps:');
    await panel.getByRole('button', { name: 'Insert into draft' }).click();
    await panel.getByText('No draft is open in the current tab').waitFor();
  });

  it('opens the side panel from the popup’s overdue count, then closes the popup', async () => {
    const popup = await session.openKeptPage('popup');
    const closed = popup.waitForEvent('close', { timeout: 10_000 });
    await popup.getByRole('button', { name: /\d overdue/ }).click();
    await closed;
  });
});

describe('the side panel follows its tab', () => {
  /** Reports a thread's addresses for the page's own tab, through the background, as a content script does. */
  const report = (page: Page, addresses: string[]) =>
    page.evaluate(
      (list) =>
        (
          globalThis as unknown as {
            chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
          }
        ).chrome.runtime.sendMessage({
          kept: 1,
          verb: 'setTabContext',
          data: { context: { addresses: list, names: { 'kim@globex.example': 'Kim Park' } } },
        }),
      addresses,
    );

  it('shows the thread’s client, tabs for several, and create-client for strangers', async () => {
    const page = await session.openKeptPage('sidepanel');
    await page.getByRole('searchbox', { name: 'Search clients' }).waitFor();
    await report(page, ['Dana Whitfield <dana@acme.example>']);
    await page.getByRole('heading', { level: 2, name: 'Acme Logistics' }).waitFor();

    await report(page, ['dana@acme.example', 'li.na@huaxing.cn.example']);
    const tabs = page.getByRole('tablist', { name: 'Clients in this thread' });
    await tabs.getByRole('tab', { name: '华星科技' }).click();
    await page.getByRole('heading', { level: 2, name: '华星科技' }).waitFor();

    await report(page, ['kim@globex.example']);
    const form = page.getByRole('form', { name: 'Create client' });
    await expect(form.getByRole('textbox', { name: 'Client name' }).inputValue()).resolves.toBe(
      'Globex',
    );
    await form.getByRole('button', { name: 'Create client' }).click();
    await page.getByRole('heading', { level: 2, name: 'Globex' }).waitFor();
    await page.close();
  });
});

describe('options', () => {
  it('imports a bad file: shows the dry-run report and changes nothing', async () => {
    const options = await session.openKeptPage('options');
    const before = await countRecords(options);
    const bad = {
      format: 'kept-backup',
      version: 2,
      exported: new Date().toISOString(),
      clients: [{ id: 'x1', name: 42, domains: 'acme.example', notes: '', created: 'yesterday' }],
      contacts: [],
      goals: [],
      commitments: [{ id: 'c1', text: '' }],
      settings: [],
    };
    await options.getByLabel('Backup file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bad)),
    });
    const report = options.getByRole('region', { name: 'Import report' });
    await report.waitFor();
    await expect(report.textContent()).resolves.toMatch(/clients\[0\]|clients\.0/);
    expect(await options.getByRole('button', { name: 'Import now' }).count()).toBe(0);
    expect(await countRecords(options)).toEqual(before);
    await options.close();
  });

  it('removes the sample data nobody touched, after confirming, and loads it again', async () => {
    const options = await session.openKeptPage('options');
    const clients = options.getByRole('list', { name: 'Clients' });
    await clients.getByRole('button', { name: 'Acme Logistics' }).waitFor();
    await options.getByRole('button', { name: 'Remove sample data' }).click();
    // It asks first, with counts; Acme Logistics holds the commitment logged above, so it stays.
    await options.getByText('1 sample client holds records of yours').waitFor();
    await options.getByRole('button', { name: 'Remove sample data now' }).click();
    await options.getByText(/^Removed sample data: 2 clients, \d+ contacts/).waitFor();
    // The client created above and the sample client the user logged to remain: real data stays.
    await expect
      .poll(async () => (await clients.getByRole('button').allTextContents()).sort())
      .toEqual(['Acme Logistics', 'Globex']);
    await options.getByRole('button', { name: 'Load sample data' }).click();
    await options.getByText(/^Loaded sample data/).waitFor();
    // Acme Logistics is the user's now, so the samples load beside it, not a second time.
    await expect.poll(() => clients.getByRole('button').count()).toBe(4);
    await options.close();
  });

  it('switches the language to Chinese and every screen follows', async () => {
    const options = await session.openKeptPage('options');
    await options
      .getByRole('combobox', { name: 'Language of Kept’s screens' })
      .selectOption('zh-CN');
    await options.getByRole('heading', { level: 1, name: /设置/ }).waitFor();
    await options.getByRole('heading', { name: '客户、联系人和域名' }).waitFor();

    const popup = await session.openKeptPage('popup');
    await popup.getByRole('heading', { level: 1, name: /记录承诺/ }).waitFor();
    await popup.getByRole('textbox', { name: '何时' }).fill('下周五');
    await popup.getByText(`截止 ${await expectedDay(popup, '下周五', 'zh')}`).waitFor();

    await panel.reload();
    await panel.getByRole('heading', { level: 1, name: /客户/ }).waitFor();
    await panel.getByRole('searchbox', { name: '搜索客户' }).waitFor();
    await panel.getByRole('heading', { name: /所有客户的逾期事项/ }).waitFor();
    for (const page of [options, popup]) await page.close();
  });
});
