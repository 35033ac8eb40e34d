/**
 * The accessibility check: every extension page (options with each of its sections, popup, side
 * panel with the sample data and a client open, playground with its in-page chip, its list of
 * findings, warning card and review before Send) in Chromium, in English and in Chinese, has no
 * `serious` or `critical` axe-core violation. axe-core's source is evaluated in the page through the
 * DevTools protocol (an extension page's CSP refuses an inline script tag), then `axe.run` checks the
 * whole document, open shadow roots included.
 *
 * Run: `npx wxt build && KEPT_SKIP_BUILD=1 npx vitest run -c vitest.e2e.config.ts test/e2e/a11y.e2e.ts`
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endSession, startSession, type KeptSession } from './harness';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What fails the check: axe's two highest impacts. */
const FAILING = new Set(['serious', 'critical']);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core over the page and returns its serious and critical violations, readably. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(ctx: Document, options: object): Promise<{ violations: Violation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  return violations
    .filter((v) => FAILING.has(v.impact ?? ''))
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ` +
        v.nodes
          .slice(0, 5)
          .map((n) => `${JSON.stringify(n.target)} — ${n.failureSummary?.replace(/\s+/g, ' ')}`)
          .join(' | '),
    );
}

let session: KeptSession;

beforeAll(async () => {
  // KEPT_EXTENSION_DIR: a private copy of the build, when others rebuild .output while this runs.
  session = await startSession({ extensionDir: process.env.KEPT_EXTENSION_DIR });
  // The playground loads the sample clients the first time it opens; the side panel then has data.
  const playground = await session.openKeptPage('playground');
  const options = await session.openKeptPage('options');
  await options
    .getByRole('list', { name: 'Clients' })
    .getByRole('button', { name: 'Acme Logistics' })
    .waitFor();
  await Promise.all([playground.close(), options.close()]);
});

afterAll(() => endSession(session));

const OPTION_SECTIONS = ['clients', 'goals', 'rules', 'sites', 'reminders', 'language', 'data'];

/** Each page in one language; `lang` names the headings a test waits for before checking. */
function checkEveryPage(lang: 'en' | 'zh') {
  const zh = lang === 'zh';

  it('options, with each section in view and a client selected', async () => {
    const page = await session.openKeptPage('options');
    const clients = page.getByRole('list', { name: zh ? '客户' : 'Clients' });
    await clients.getByRole('button', { name: 'Acme Logistics' }).click();
    const found: string[] = [];
    for (const section of OPTION_SECTIONS) {
      await page.goto(page.url().split('#')[0] + `#${section}`);
      await page.getByRole('navigation').waitFor();
      for (const v of await seriousViolations(page)) found.push(`#${section}: ${v}`);
    }
    expect(found).toEqual([]);
    await page.close();
  });

  it('popup', async () => {
    const page = await session.openKeptPage('popup');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('button', { name: zh ? /逾期/ : /overdue/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('side panel: the overview, then a client with commitments', async () => {
    const page = await session.openKeptPage('sidepanel');
    await page.getByRole('searchbox').waitFor();
    expect(await seriousViolations(page), 'overview').toEqual([]);
    await page.getByRole('searchbox').fill('Acme');
    await page.getByRole('button', { name: 'Acme Logistics' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Acme Logistics' }).waitFor();
    await page.getByRole('listitem').first().waitFor();
    expect(await seriousViolations(page), 'client').toEqual([]);
    await page.close();
  });

  it('playground, with Kept running in its composer', async () => {
    const page = await session.openKeptPage('playground');
    await page.getByRole('textbox', { name: zh ? '邮件正文' : 'Message' }).waitFor();
    // The underlines and the composer's chip are drawn once the draft has been analysed.
    await page.locator('[data-kept-composer]').waitFor();
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((n) => n.startsWith('kept-')));
    expect(await seriousViolations(page), 'composer').toEqual([]);

    // The chip's counts open the draft's list of findings.
    const chip = page.getByRole('status', { name: 'Kept' });
    await chip.getByRole('button', { name: zh ? /风险提示/ : /warnings/ }).click();
    const list = zh ? 'Kept：此草稿中的风险提示' : 'Kept: warnings in this draft';
    await page.getByRole('dialog', { name: list }).waitFor();
    expect(await seriousViolations(page), 'list of findings').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: list }).waitFor({ state: 'hidden' });

    // The warning card on "guarantee", then the review before Send.
    const at = await page
      .getByRole('textbox', { name: zh ? '邮件正文' : 'Message' })
      .evaluate((el) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = (node as Text).data.indexOf('guarantee');
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 9);
          const r = range.getBoundingClientRect();
          return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
        throw new Error('no "guarantee" in the sample draft');
      });
    await page.mouse.move(at.x, at.y);
    await page.getByRole('dialog', { name: zh ? 'Kept 风险提示' : 'Kept warning' }).waitFor();
    expect(await seriousViolations(page), 'warning card').toEqual([]);
    await page.mouse.move(0, 0);

    await page.getByRole('button', { name: zh ? '发送' : 'Send', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Kept', exact: true });
    await review.waitFor();
    expect(await seriousViolations(page), 'review before Send').toEqual([]);
    await review.getByRole('button', { name: zh ? '返回编辑' : 'Back to editing' }).click();
    await page.close();
  });
}

describe('every extension page in English', () => checkEveryPage('en'));

describe('every extension page in Chinese', () => {
  beforeAll(async () => {
    const options = await session.openKeptPage('options');
    await options
      .getByRole('combobox', { name: 'Language of Kept’s screens' })
      .selectOption('zh-CN');
    await options.getByRole('heading', { level: 1, name: /设置/ }).waitFor();
    await options.close();
  });
  checkEveryPage('zh');
});
