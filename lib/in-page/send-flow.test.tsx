// @vitest-environment jsdom
/**
 * The send guard and the review together, on a stand-in host per way of sending: every held Send
 * ends in exactly one send, or in none with the review on screen and the draft as it was.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardSend } from '../dom/send-guard';
import { pageUiContext } from '../dom/shadow-ui';
import { sendMessage } from '../messaging/client';
import type { Composer } from '../sites/types';
import type { DraftAnalysis } from './draft-analysis';
import { createReview } from './review-controller';

// In-page code sends through sendFromPage, which is sendMessage typed to the in-page verbs.
vi.mock('../messaging/client', () => {
  const sendMessage = vi.fn();
  return { sendMessage, sendFromPage: sendMessage };
});

const DRAFT = 'We guarantee delivery.';
const draft: DraftAnalysis = {
  text: DRAFT,
  findings: [],
  commitments: [
    {
      start: 0,
      end: 21,
      text: 'We guarantee delivery',
      action: 'deliver',
      due: null,
      dueKind: 'none',
    },
  ],
};

let stop: AbortController;
let sent: number;
/** The events the user made; anything else is a page script's. */
let userEvents: WeakSet<Event>;

/** A host whose Send acts on `sendOn`; `inDialog` puts the composer in an open (modal) dialog. */
function host({ sendOn = 'click', inDialog = false, withButton = true } = {}) {
  const composer = `<div id="root"><div id="body" contenteditable="true">${DRAFT}</div>${
    withButton ? '<div id="send" role="button">Send</div>' : ''
  }</div>`;
  document.body.innerHTML = inDialog ? `<dialog open>${composer}</dialog>` : composer;
  document.addEventListener(
    sendOn,
    (event) => {
      if ((event.target as Element).closest?.('#send')) sent += 1;
    },
    { signal: stop.signal },
  );
  // The host's own shortcut, which Kept holds only when it can replay it to a button.
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Enter' && event.ctrlKey && !event.defaultPrevented) sent += 1;
    },
    { signal: stop.signal },
  );
  const root = document.getElementById('root')!;
  const body = document.getElementById('body')!;
  const sendButton = () => document.getElementById('send');
  const parts: Composer = {
    root,
    body,
    recipients: () => [{ address: 'dana@acme.example', name: 'Dana' }],
    subject: () => 'Rollout',
    sendButton,
    threadId: () => undefined,
    chip: { anchor: document.body, append: 'last' },
  };
  guardSend({
    root,
    editor: body,
    sendButton,
    shouldReview: () => true,
    review: createReview({
      ctx: pageUiContext(stop.signal),
      site: 'test',
      composer: parts,
      signal: stop.signal,
      analysis: () => draft,
      client: () => ({ id: 'c1', name: 'Acme', open: 0, overdue: 0 }),
      jump: vi.fn(),
      logged: vi.fn(),
      // The review's buttons are pressed by "the user" below.
      isTrusted: () => true,
    }),
    signal: stop.signal,
    isTrusted: (event) => userEvents.has(event),
  });
}

function user(target: Element, event: Event) {
  userEvents.add(event);
  target.dispatchEvent(event);
}
const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
/** A real click on Send: pointer events, compatibility mouse events, the click. */
const clickSend = () => {
  const send = document.getElementById('send')!;
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
    user(
      send,
      type.startsWith('pointer') ? new PointerEvent(type, init) : new MouseEvent(type, init),
    );
};
const ctrlEnter = () =>
  user(
    document.getElementById('body')!,
    new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
  );

const reviewHost = () => document.querySelector('kept-review');
async function dialog(): Promise<ShadowRoot> {
  await vi.waitFor(() => {
    if (!reviewHost()?.shadowRoot?.querySelector('[role="dialog"]')) throw new Error('no dialog');
  });
  return reviewHost()!.shadowRoot!;
}
async function press(name: string) {
  const root = await dialog();
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  await act(async () => button.click());
}
const draftIntact = () => expect(document.getElementById('body')!.textContent).toBe(DRAFT);

beforeEach(() => {
  stop = new AbortController();
  sent = 0;
  userEvents = new WeakSet();
  vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: {} });
});
afterEach(() => {
  stop.abort();
  vi.mocked(sendMessage).mockReset();
});

describe('a held Send on each kind of host', () => {
  it('a host sending on click: nothing before the review, one send after', async () => {
    host({ sendOn: 'click' });
    clickSend();
    await dialog();
    expect(sent).toBe(0);
    await press('Send anyway');
    await vi.waitFor(() => expect(sent).toBe(1));
    draftIntact();
  });

  it('a host sending on pointerup: nothing before the review, one send after', async () => {
    host({ sendOn: 'pointerup' });
    clickSend();
    await dialog();
    expect(sent).toBe(0);
    await press('Log and send');
    await vi.waitFor(() => expect(sent).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toBe(1);
  });

  it('Ctrl+Enter: held, then one send through the button', async () => {
    host();
    ctrlEnter();
    await dialog();
    expect(sent).toBe(0);
    await press('Send anyway');
    await vi.waitFor(() => expect(sent).toBe(1));
    draftIntact();
  });

  it('Ctrl+Enter with no Send button: not held, the host sends once', async () => {
    host({ withButton: false });
    ctrlEnter();
    expect(sent).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reviewHost()).toBeNull();
  });

  it('the page removes the review: the held Send goes through once, and the next is not stuck', async () => {
    host();
    clickSend();
    await dialog();
    reviewHost()!.remove();
    await vi.waitFor(() => expect(sent).toBe(1));
    draftIntact();
    clickSend();
    await dialog();
    expect(sent).toBe(1);
    await press('Send anyway');
    await vi.waitFor(() => expect(sent).toBe(2));
  });

  it('a composer in a modal dialog: the review opens inside it, where it can be reached', async () => {
    host({ inDialog: true });
    clickSend();
    await dialog();
    expect(reviewHost()!.closest('dialog')).not.toBeNull();
    expect(sent).toBe(0);
    await press('Send anyway');
    await vi.waitFor(() => expect(sent).toBe(1));
    draftIntact();
  });

  it("a page's synthetic click on Send opens no review (what the page sends is its own)", async () => {
    host();
    document.getElementById('send')!.click();
    expect(sent).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reviewHost()).toBeNull();
  });
});
