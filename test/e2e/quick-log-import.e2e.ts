/**
 * The quick-log popup and feedback on long work, on the real pages in Chromium with the built extension: the popup's
 * client follows the tab's draft when its context arrives after the popup opened, matches part of a
 * name, creates a client, and resets quietly; options' import says in plain words that a CSV is not a
 * backup, formats its counts, is busy while it works and ends with a result line. English, then
 * Chinese.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, startSession, type KeptSession } from './harness';

let session: KeptSession;

/** Reports a draft's recipients for the page's own tab, through the background, as a content script does. */
const reportDraft = (page: Page, addresses: string[]) =>
  page.evaluate(
    (list) =>
      (
        globalThis as unknown as {
          chrome: { runtime: { sendMessage(m: object): Promise<unknown> } };
        }
      ).chrome.runtime.sendMessage({
        kept: 1,
        verb: 'setTabContext',
        data: { context: { addresses: list } },
      }),
    addresses,
  );

/** A valid backup of `clients` clients with ten open commitments each. */
function backup(clients: number): string {
  const now = new Date().toISOString();
  const due = Date.now() + 7 * 86_400_000;
  const rows = Array.from({ length: clients }, (_, i) => i);
  return JSON.stringify({
    format: 'kept-backup',
    version: 3,
    exported: now,
    clients: rows.map((i) => ({
      id: `imp-${i}`,
      name: `Imported ${i}`,
      domains: [],
      notes: '',
      created: now,
      updated: now,
    })),
    contacts: [],
    goals: [],
    commitments: rows.flatMap((i) =>
      Array.from({ length: 10 }, (_, j) => ({
        id: `imp-${i}-${j}`,
        clientId: `imp-${i}`,
        text: `We will send report ${j}.`,
        action: 'send report',
        due: new Date(due).toISOString(),
        dueAt: due,
        dueKind: 'explicit',
        status: 'open',
        created: now,
        history: [{ at: now, change: 'created' }],
      })),
    ),
    settings: [],
    recordLinks: [],
  });
}

const csvFile = {
  name: 'kept-open.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('\uFEFFClient,Commitment,Due\r\nAcme Logistics,Send the SOW,2026-11-30\r\n'),
};

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

describe('the quick-log popup', () => {
  it('takes the client of a draft whose context arrives after it opened', async () => {
    const popup = await session.openKeptPage('popup');
    const client = popup.getByRole('combobox', { name: 'Client' });
    await client.waitFor();
    expect(await client.inputValue()).toBe('');
    await reportDraft(popup, ['Dana Whitfield <dana@acme.example>']);
    await expect.poll(() => client.inputValue()).toBe('Acme Logistics');
    await popup.close();
  });

  it('matches part of a name, creates a client that matches nothing, and resets quietly', async () => {
    const popup = await session.openKeptPage('popup');
    const client = popup.getByRole('combobox', { name: 'Client' });
    await client.fill('acme');
    await popup.getByRole('option', { name: 'Acme Logistics' }).waitFor();
    await client.press('ArrowDown');
    await client.press('Enter');
    expect(await client.inputValue()).toBe('Acme Logistics');

    await client.fill('Globex Trading');
    await popup.getByRole('option', { name: '+ Create “Globex Trading”' }).click();
    await popup.getByText('Created the client Globex Trading.').waitFor();
    const what = popup.getByRole('textbox', { name: 'What was promised' });
    await what.fill('Send the price list');
    await popup.getByText(/^No date yet/).waitFor();
    await what.press('Enter');
    await popup.getByText('Saved: “Send the price list” for Globex Trading, no date.').waitFor();
    expect(await what.inputValue()).toBe('');
    expect(await popup.getByText(/^No date yet/).count()).toBe(0);
    await popup.close();
  });
});

describe('options: import', () => {
  it('refuses a CSV in plain words, with no counts', async () => {
    const options = await session.openKeptPage('options');
    await options.getByLabel('Backup file').setInputFiles(csvFile);
    const report = options.getByRole('region', { name: 'Import report' });
    await report.getByText(/^This is not a Kept backup: it looks like a CSV file\./).waitFor();
    const text = (await report.textContent()) ?? '';
    expect(text).not.toMatch(/Unexpected token|0 clients/);
    await options.close();
  });

  it('formats counts, is busy while importing, and ends with a result line', async () => {
    const options = await session.openKeptPage('options');
    await options.getByLabel('Backup file').setInputFiles({
      name: 'kept-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(backup(1_200)),
    });
    const report = options.getByRole('region', { name: 'Import report' });
    await report
      .getByText(/^Ready to import 1,200 clients, 0 contacts, 0 goals, 12,000 commitments/)
      .waitFor();
    const button = options.getByRole('button', { name: 'Import now' });
    await button.click();
    // Busy at once: the button and the file input are disabled until the reply.
    await options.getByText(/^Importing/).waitFor();
    expect(await options.getByLabel('Backup file').isDisabled()).toBe(true);
    await options
      .getByText(
        'Imported 1,200 clients, 0 contacts, 0 goals, 12,000 commitments and 0 record links.',
      )
      .waitFor({ timeout: 30_000 });
    expect(await button.count()).toBe(0);
    await options.close();
  });
});

describe('in Chinese', () => {
  it('offers to create a client and refuses a CSV in Chinese', async () => {
    const options = await session.openKeptPage('options');
    await options
      .getByRole('combobox', { name: 'Language of Kept’s screens' })
      .selectOption('zh-CN');
    await options.getByRole('heading', { level: 1, name: /设置/ }).waitFor();
    await options.getByLabel('备份文件').setInputFiles(csvFile);
    await options
      .getByRole('region', { name: '导入报告' })
      .getByText(/^这不是 Kept 备份：看起来是 CSV 文件。/)
      .waitFor();

    const popup = await session.openKeptPage('popup');
    await popup.getByRole('heading', { level: 1, name: /记录承诺/ }).waitFor();
    const client = popup.getByRole('combobox', { name: '客户' });
    await client.fill('ACME');
    await popup.getByRole('option', { name: 'Acme Logistics' }).waitFor();
    await client.fill('环球贸易');
    await popup.getByRole('option', { name: '+ 新建客户“环球贸易”' }).waitFor();
    await Promise.all([options.close(), popup.close()]);
  });
});
