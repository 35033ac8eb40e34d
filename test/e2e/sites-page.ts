/**
 * Page helpers of the sites end-to-end tests: serving a site's fixture on its real URL (and on a
 * Kept-less URL), reaching its editor (Playwright's CSS pierces open shadow roots; iframe editors
 * through their frame), typing, and reading what Kept drew.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { ownFixture, type KeptSession } from './harness';
import type { SiteCase } from './sites-cases';

let served = 0;

/** Serves the site's fixture on its real URL and on a Kept-less URL; returns both. */
export function serveSite(session: KeptSession, site: SiteCase): { real: string; plain: string } {
  served += 1;
  const url = new URL(site.url);
  // A fresh query per test keeps each page load its own (the fixture routes by exact URL).
  url.search = `?t=${served}`;
  const plain = `https://fixtures.kept.test/without-kept-${site.id}-${served}.html`;
  session.serve(url.href.split('#')[0]!, ownFixture(site.fixture));
  session.serve(plain, ownFixture(site.fixture));
  return { real: url.href, plain };
}

/** The editor's frame (the page's main frame unless the editor is in an iframe). */
export async function editorFrame(page: Page, site: SiteCase): Promise<Frame> {
  if (!site.frame) return page.mainFrame();
  const element = await page.waitForSelector(site.frame);
  await page.waitForFunction(
    (sel) =>
      !!document.querySelector<HTMLIFrameElement>(sel)?.contentDocument?.body?.isContentEditable,
    site.frame,
  );
  return (await element.contentFrame())!;
}

/** The editor as a locator. */
export function editor(page: Page, site: SiteCase): Locator {
  return site.frame
    ? page.frameLocator(site.frame).locator(site.editor)
    : page.locator(site.editor);
}

/** Puts the caret at the end of `site.line` and types `site.typed` with real key events. */
export async function typeInDraft(page: Page, site: SiteCase): Promise<void> {
  // The fixtures re-render their composers after load; typing before that would be wiped.
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
  await editorFrame(page, site);
  await editor(page, site).getByText(site.line).click();
  await page.keyboard.press('End');
  await page.keyboard.type(site.typed);
}

/** The size of a highlight in the editor's own document (each frame has its own registry). */
export async function highlightSize(frame: Frame, name: string): Promise<number> {
  return frame.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** Where `text` is drawn in the editor, in the page's viewport (across the editor's iframe). */
export async function wordCentre(page: Page, site: SiteCase, text: string) {
  const rect = await editor(page, site).evaluate((el, needle) => {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = el.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, bottom: r.bottom };
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
  const frame = site.frame ? await page.locator(site.frame).boundingBox() : null;
  const dx = frame ? frame.x + 1 : 0;
  const dy = frame ? frame.y + 1 : 0;
  return { x: rect.x + dx, y: rect.y + dy, bottom: rect.bottom + dy };
}

export { keptCall, sends } from './harness';
