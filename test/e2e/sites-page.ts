/**
 * The built-in sites of issue 7 as the end-to-end tests drive them: each fixture on its real URL, how
 * to reach its editor (Playwright's CSS pierces open shadow roots; iframe editors through their
 * frame), the line to type after, and the Send control's name.
 */
import type { Frame, Locator, Page } from 'playwright-core';
import { ownFixture, type KeptSession } from './harness';

export interface SiteCase {
  id: string;
  url: string;
  fixture: string;
  /** The editor's frame selector when it lives in an iframe. */
  frame?: string;
  /** The editor, inside `frame` when given. */
  editor: string;
  /** A line of the draft the caret is put at the end of before typing. */
  line: string;
  send: string;
  typed: string;
  /** The word of `typed` that is underlined. */
  flagged: string;
}

const EN = ' We guarantee it will be live tomorrow.';

export const SITES: SiteCase[] = [
  {
    id: 'outlook',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAA%3D',
    fixture: 'outlook/outlook-reply-2026-11.html',
    editor: '[aria-multiline="true"][contenteditable="true"]',
    line: 'Thanks for your patience.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'hubspot',
    url: 'https://app.hubspot.com/contacts/2345678/record/0-1/901',
    fixture: 'hubspot/hubspot-contact-2026-11.html',
    editor: '[role="dialog"] [contenteditable="true"]',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'zoho',
    url: 'https://crm.zoho.eu/crm/org20001/tab/Leads/5000000123456',
    fixture: 'zoho/zoho-lead-2026-11.html',
    frame: 'iframe.cke_wysiwyg_frame',
    editor: 'body',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'salesforce',
    url: 'https://acme-dev.lightning.force.com/lightning/r/Contact/0035g00000AbCdEAAV/view',
    fixture: 'salesforce/salesforce-contact-2026-11.html',
    editor: '.ql-editor',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'pipedrive',
    url: 'https://acme.pipedrive.com/person/42',
    fixture: 'pipedrive/pipedrive-person-2026-11.html',
    editor: '.ProseMirror',
    line: 'Thanks for the call.',
    send: 'Send',
    typed: EN,
    flagged: 'guarantee',
  },
  {
    id: 'fxiaoke',
    url: 'https://www.fxiaoke.com/XV/UI/Home#crm/detail/=/AccountObj/65a1b2c3d4',
    fixture: 'fxiaoke/fxiaoke-customer-2026-11.html',
    frame: '#mail_body_ifr',
    editor: 'body',
    line: '感谢您的耐心。',
    send: '发送',
    typed: '我们保证明天一定上线。',
    flagged: '保证',
  },
];

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

/** Sends recorded by the fixture's stand-in for the host's Send. */
export const sends = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __sent: number }).__sent);

/** Calls Kept's background as Kept's own pages do (to create the client the chip must show). */
export async function keptCall(
  session: KeptSession,
  verb: string,
  data: unknown,
): Promise<unknown> {
  const page = await session.openKeptPage('popup');
  try {
    const reply = await page.evaluate(
      ([v, d]) =>
        (
          globalThis as unknown as {
            chrome: {
              runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; data?: unknown }> };
            };
          }
        ).chrome.runtime.sendMessage({ kept: 1, verb: v, data: d }),
      [verb, data] as const,
    );
    if (!reply?.ok) throw new Error(`${verb} failed: ${JSON.stringify(reply)}`);
    return reply.data;
  } finally {
    await page.close();
  }
}
