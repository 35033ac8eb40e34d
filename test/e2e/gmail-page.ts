/**
 * Page helpers shared by the Gmail end-to-end tests: serving Gmail-shaped fixtures on Gmail's URL
 * (and on a URL where Kept does not run, for "without Kept" comparisons), and reading what Kept drew
 * from the page's main world.
 */
import type { Page } from 'playwright-core';
import { ownFixture, type KeptSession } from './harness';

export const BODY = '[role="textbox"][g_editable="true"]';
export const COMPOSE = ownFixture('gmail/gmail-compose-2026-11.html');
export const THREAD = ownFixture('gmail/gmail-thread-2026-11.html');
export const POPOUT = ownFixture('gmail/gmail-popout-2026-11.html');

let served = 0;

/** Serves `file` on a fresh Gmail URL (with `query`) and on a fresh Kept-less URL; returns both. */
export function serveBoth(
  session: KeptSession,
  file: string,
  query = '',
): { gmail: string; plain: string } {
  served += 1;
  const gmail = `https://mail.google.com/mail/u/0/t${served}${query}`;
  const plain = `https://fixtures.kept.test/without-kept-${served}.html`;
  session.serve(gmail, file);
  session.serve(plain, file);
  return { gmail, plain };
}

/** Sizes of the page's registered highlights, by name (read from the page's own main world). */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() =>
    Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, (h as Highlight).size])),
  );
}

/** Waits until the named highlight holds at least one range. */
export async function waitForHighlight(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) > 0, name, { timeout });
}

/** The viewport centre of the first occurrence of `text` in the compose body (nth body). */
export function textCentre(page: Page, text: string, nth = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([needle, n, selector]) => {
      const body = document.querySelectorAll(selector as string)[n as number]!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(needle as string);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + (needle as string).length);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found: ${needle}`);
    },
    [text, nth, BODY] as const,
  );
}

/** Puts the caret at the end of the compose body's new text (before the signature) and types. */
export async function typeAtEnd(page: Page, text: string, nth = 0): Promise<void> {
  await page.evaluate(
    ([n, selector]) => {
      const body = document.querySelectorAll<HTMLElement>(selector as string)[n as number]!;
      const lines = [...body.children].filter(
        (el) => !el.matches('.gmail_signature, .gmail_quote, .ajR') && el.textContent,
      );
      const last = lines[lines.length - 1] ?? body;
      body.focus();
      const range = document.createRange();
      range.selectNodeContents(last);
      range.collapse(false);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    [nth, BODY] as const,
  );
  await page.keyboard.type(text);
}

/** The text of the document and every open shadow root, for "no client data in the page" checks. */
export function pageTextWithShadows(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      parts.push(root instanceof Document ? root.documentElement.outerHTML : root.innerHTML);
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return parts.join('\n');
  });
}

/**
 * Counts clicks on Send the way Gmail's delegated handler would see them, for the saved real compose
 * window (it has no stand-in of its own): pass to `page.addInitScript`, read with `sends(page)`.
 */
export function countSends(): void {
  const w = window as unknown as { __sent: number };
  w.__sent = 0;
  document.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.('.dC > [role="button"]:not([aria-haspopup])'))
      w.__sent += 1;
  });
}

export { keptCall, sends } from './harness';
