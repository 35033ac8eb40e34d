/**
 * The side panel as a to-do list and a picture of the week, in
 * Chromium with the built extension and the sample data, in English and Chinese: the overview's
 * Monday–Sunday strip, "Due this week" and each client's health; a client's commitments grouped
 * as tasks, with their menu and the focus moving on after Done; the client's timeline. The
 * browser's clock is real, so the expected counts come from the same date code the screens use.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localParts, zonedToMs } from '../../lib/analysis/dates/zone';
import { weekOf } from '../../components/week';
import { endSession, keptCall, startSession, type KeptSession } from './harness';

const DAY = 86_400_000;
/** The sample data's open, dated commitments, in days from when it was loaded (sample-records.ts). */
const OPEN_SAMPLE_DAYS = [2, -1, 6, 1, -2];

let session: KeptSession;

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * The serious and critical axe-core violations of the page as it is now (test/e2e/a11y.e2e.ts
 * checks every page at rest; this checks the states only this suite reaches, such as an open menu).
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as {
      axe: {
        run(
          ctx: Document,
          options: object,
        ): Promise<{
          violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[];
        }>;
      };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(' ')}`);
}

/** Open commitments per day of this week, as the sample data puts them (due at 17:00 local). */
async function expectedStrip(page: Page, loadedAt: number): Promise<number[]> {
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const now = await page.evaluate(() => Date.now());
  const week = weekOf(now, zone);
  const counts = [0, 0, 0, 0, 0, 0, 0];
  for (const days of OPEN_SAMPLE_DAYS) {
    const { y, m, d } = localParts(loadedAt + days * DAY, zone);
    const due = zonedToMs({ y, m, d }, { h: 17, min: 0 }, zone);
    const i = week.dayStarts.findLastIndex((start) => start <= due);
    if (i >= 0 && due < week.end) counts[i]! += 1;
  }
  return counts;
}

/** The strip's days as their names say them: "Mon 23 Nov: 2 due". */
const stripLabels = (page: Page, name: string) =>
  page
    .getByRole('list', { name })
    .getByRole('listitem')
    .evaluateAll((items) => items.map((li) => li.getAttribute('aria-label') ?? ''));

let loadedAt: number;

beforeAll(async () => {
  session = await startSession();
  loadedAt = Date.now();
  await keptCall(session, 'loadSampleData', {});
});

afterAll(() => endSession(session));

describe('the side panel as a to-do list and a week', () => {
  it('shows the week strip, what is due this week and each client’s health (English)', async () => {
    const panel = await session.openKeptPage('sidepanel');
    const strip = panel.getByRole('list', { name: 'Due each day, Monday to Sunday' });
    await strip.waitFor();
    const labels = await stripLabels(panel, 'Due each day, Monday to Sunday');
    expect(labels).toHaveLength(7);
    expect(labels[0]).toMatch(/^Mon \d+ \w+: /);
    expect(labels[6]).toMatch(/^Sun \d+ \w+: /);
    const counts = labels.map((l) => /: (\d+) due$/.exec(l)?.[1] ?? '0').map(Number);
    expect(counts).toEqual(await expectedStrip(panel, loadedAt));
    expect(await strip.locator('[aria-current="date"]').count()).toBe(1);
    await panel.getByRole('heading', { name: /^Due this week/ }).waitFor();

    const acme = panel.getByRole('group', { name: 'Health of Acme Logistics' });
    await expect.poll(() => acme.textContent()).toMatch(/3 open · 1 overdue50%/);
    await expect(acme.locator('.kept-rate-badge').getAttribute('class')).resolves.toContain(
      'kept-health-poor',
    );
    await acme.getByRole('img', { name: /^Kept on time over the last 90 days, now 50%/ }).waitFor();
    const northwind = panel.getByRole('group', { name: 'Health of Northwind Studio' });
    await expect(northwind.textContent()).resolves.toContain('No data');
    await expect(northwind.locator('.kept-rate-badge').getAttribute('class')).resolves.toContain(
      'kept-health-none',
    );
    await panel.screenshot({ path: '.output/e2e-sidepanel-week-en.png', fullPage: true });
    expect(await seriousViolations(panel)).toEqual([]);

    // A client: grouped tasks, a menu per item, the timeline.
    await panel
      .getByRole('list', { name: 'Clients' })
      .getByRole('button', { name: 'Acme Logistics' })
      .click();
    const overdue = panel.getByRole('list', { name: 'Overdue' });
    await overdue.getByRole('listitem', { name: 'Confirm the new pickup windows' }).waitFor();
    await expect(overdue.textContent()).resolves.toContain(
      'We will confirm the new pickup windows tomorrow.',
    );
    const groups = await panel.getByRole('heading', { level: 4 }).allTextContents();
    expect(groups[0]).toBe('Overdue 1');
    const lane = panel.getByRole('listitem', { name: 'Send the revised lane report' });
    await expect(lane.textContent()).resolves.toMatch(/Due \w{3} \d+ \w{3}/);
    const more = lane.getByRole('button', {
      name: 'More actions for “Send the revised lane report”',
    });
    await expect(more.getAttribute('aria-haspopup')).resolves.toBe('menu');
    await more.focus();
    await panel.keyboard.press('ArrowDown');
    const menu = panel.getByRole('menu');
    await expect(menu.getByRole('menuitem').allTextContents()).resolves.toEqual([
      'Reschedule',
      'Drop',
      'History',
    ]);
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.textContent))
      .toBe('Reschedule');
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.keyboard.press('Escape');
    await expect(menu.count()).resolves.toBe(0);
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('More actions for “Send the revised lane report”');

    const timeline = panel.getByRole('list', { name: 'Timeline' });
    await expect(timeline.textContent()).resolves.toMatch(/Moved .+ → .+Book the quarterly review/);
    await expect(timeline.textContent()).resolves.toContain(
      'KeptShare the October delay breakdown',
    );
    await panel.screenshot({ path: '.output/e2e-sidepanel-client-en.png', fullPage: true });
    await panel.close();
  });

  it('speaks Chinese, and after Done the focus moves to the next item (中文)', async () => {
    await keptCall(session, 'updateSettings', { patch: { language: 'zh-CN' } });
    const panel = await session.openKeptPage('sidepanel');
    await panel.getByRole('list', { name: '周一至周日每天到期' }).waitFor();
    const labels = await stripLabels(panel, '周一至周日每天到期');
    expect(labels[0]).toMatch(/^\d+月\d+日 周一：/);
    expect(labels[6]).toMatch(/^\d+月\d+日 周日：/);
    await panel.getByRole('heading', { name: /^本周到期/ }).waitFor();
    const acme = panel.getByRole('group', { name: 'Acme Logistics的状况' });
    await expect.poll(() => acme.textContent()).toMatch(/3 项进行中 · 1 项逾期50%/);
    await expect(
      panel.getByRole('group', { name: 'Northwind Studio的状况' }).textContent(),
    ).resolves.toContain('暂无数据');

    await panel
      .getByRole('list', { name: '客户' })
      .getByRole('button', { name: '华星科技' })
      .click();
    const overdue = panel.getByRole('list', { name: '已逾期' });
    await overdue.getByRole('listitem', { name: '安排工程师上门调研' }).waitFor();
    await expect(overdue.textContent()).resolves.toMatch(/逾期 · \d+月\d+日 周./);
    await panel.getByRole('button', { name: '“安排工程师上门调研”的更多操作' }).click();
    await expect(panel.getByRole('menu').getByRole('menuitem').allTextContents()).resolves.toEqual([
      '改期',
      '放弃',
      '历史',
    ]);
    expect(await seriousViolations(panel)).toEqual([]);
    await panel.keyboard.press('Escape');
    await panel.getByRole('list', { name: '时间线' }).getByText('做出承诺').first().waitFor();
    await panel.screenshot({ path: '.output/e2e-sidepanel-client-zh.png', fullPage: true });

    await panel.getByRole('checkbox', { name: '将“安排工程师上门调研”标为完成' }).click();
    await expect
      .poll(() => panel.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('将“提交试点方案”标为完成');
    await overdue.waitFor({ state: 'detached' });
    await panel.close();
  });
});
