// @vitest-environment jsdom
import { act } from 'react';
import { fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { sendMessage } from '../messaging/client';
import { pageUiContext } from '../dom/shadow-ui';
import type { Composer } from '../sites/types';
import { createReview, type ReviewOptions } from './review-controller';
import type { DraftAnalysis } from './draft-analysis';

// In-page code sends through sendFromPage, which is sendMessage typed to the in-page verbs.
vi.mock('../messaging/client', () => {
  const sendMessage = vi.fn();
  return { sendMessage, sendFromPage: sendMessage };
});
/** The mock, typed loosely: each test states the replies it needs. */
const send = vi.mocked(sendMessage) as unknown as Mock<
  (verb: string, data?: unknown) => Promise<unknown>
>;

const draft: DraftAnalysis = {
  text: "I'll send the quote by Friday.",
  findings: [],
  commitments: [
    {
      start: 0,
      end: 29,
      text: "I'll send the quote by Friday",
      action: 'send the quote',
      due: '2026-12-04T16:00:00.000Z',
      dueKind: 'explicit',
    },
  ],
};

let stop: AbortController;
beforeEach(() => {
  stop = new AbortController();
  document.body.innerHTML = '<div id="root"><div id="body" contenteditable="true"></div></div>';
});
afterEach(() => {
  stop.abort();
  vi.mocked(sendMessage).mockReset();
});

function review(logged = vi.fn(), overrides: Partial<ReviewOptions> = {}) {
  const composer: Composer = {
    root: document.getElementById('root')!,
    body: document.getElementById('body')!,
    recipients: () => [{ address: 'dana@acme.example', name: 'Dana' }],
    subject: () => 'Rollout',
    sendButton: () => null,
    threadId: () => 'thread-f:1',
    chip: { anchor: document.body, append: 'last' },
  };
  return createReview({
    ctx: pageUiContext(stop.signal),
    site: 'gmail',
    composer,
    signal: stop.signal,
    analysis: () => draft,
    client: () => ({ id: 'c1', name: 'Acme', open: 0, overdue: 0 }),
    jump: vi.fn(),
    logged,
    // The test's events stand for the user's (jsdom's are never trusted).
    isTrusted: () => true,
    ...overrides,
  });
}

/** The review's shadow root (WXT mounts it in a `kept-review` host). */
async function dialog(): Promise<ShadowRoot> {
  await vi.waitFor(() => {
    if (!document.querySelector('kept-review')?.shadowRoot?.querySelector('[role="dialog"]'))
      throw new Error('no dialog yet');
  });
  return document.querySelector('kept-review')!.shadowRoot!;
}

const press = async (root: ShadowRoot, name: string) => {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
  await act(async () => button.click());
};

describe('createReview', () => {
  it('logs the chosen commitment for the client with its source, then sends', async () => {
    vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: {} });
    const logged = vi.fn();
    const decision = review(logged)();
    await press(await dialog(), 'Log and send');
    await expect(decision).resolves.toBe(true);
    expect(sendMessage).toHaveBeenCalledWith('logCommitment', {
      clientId: 'c1',
      text: "I'll send the quote by Friday",
      action: 'send the quote',
      due: '2026-12-04T16:00:00.000Z',
      dueKind: 'explicit',
      source: {
        site: 'gmail',
        url: location.href,
        threadId: 'thread-f:1',
        subject: 'Rollout',
        sentence: "I'll send the quote by Friday",
      },
    });
    expect(logged).toHaveBeenCalled();
  });

  it('keeps the dialog open with the reason when logging fails; "Send anyway" still sends', async () => {
    vi.mocked(sendMessage).mockResolvedValue({
      ok: false,
      error: { code: 'unavailable', message: 'Kept is not reachable.' },
    });
    let settled = false;
    const decision = review()().finally(() => (settled = true));
    const root = await dialog();
    await press(root, 'Log and send');
    await vi.waitFor(() => {
      if (!root.querySelector('[role="alert"]')) throw new Error('no alert yet');
    });
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Kept is not reachable.');
    expect(settled).toBe(false);
    await press(await dialog(), 'Send anyway');
    await expect(decision).resolves.toBe(true);
  });

  it('"Back to editing" resolves false and returns focus to the draft', async () => {
    const decision = review()();
    await press(await dialog(), 'Back to editing');
    await expect(decision).resolves.toBe(false);
    expect(document.activeElement?.id).toBe('body');
  });

  it('"Log and send" pressed twice logs once; the buttons wait while it logs', async () => {
    let answer: (value: unknown) => void = () => undefined;
    send.mockImplementation(() => new Promise((r) => (answer = r)));
    const decision = review()();
    const root = await dialog();
    await press(root, 'Log and send');
    await press(root, 'Log and send');
    expect(button(root, 'Send anyway').disabled).toBe(true);
    expect(button(root, 'Log and send').disabled).toBe(true);
    await act(async () => answer({ ok: true, data: {} }));
    await expect(decision).resolves.toBe(true);
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });

  it('after an error keeps what the user chose, and a retry logs only what is not logged yet', async () => {
    const three = {
      ...draft,
      commitments: ['A', 'B', 'C'].map((x) => ({
        ...draft.commitments[0]!,
        text: `${x} by Friday`,
      })),
    };
    const logs = [
      { ok: true, data: {} },
      { ok: false, error: { code: 'unavailable', message: 'Down.' } },
    ];
    send.mockImplementation(async () => logs.shift() ?? { ok: true, data: {} });
    const decision = review(vi.fn(), { analysis: () => three })();
    const root = await dialog();
    const boxes = () => [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const dates = () => [...root.querySelectorAll<HTMLInputElement>('input[data-kept-due]')];
    await act(async () => fireEvent.click(boxes()[2]!));
    await act(async () => fireEvent.change(dates()[1]!, { target: { value: '2026-12-09' } }));
    await press(root, 'Log and send');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('Down.'),
    );
    expect(boxes().map((b) => b.checked)).toEqual([true, true, false]);
    expect(dates()[1]!.value).toBe('2026-12-09');
    expect(boxes()[0]!.closest('label')!.textContent).toBe('Logged');
    await press(root, 'Log and send');
    await expect(decision).resolves.toBe(true);
    const texts = vi
      .mocked(sendMessage)
      .mock.calls.map(([, data]) => (data as { text: string }).text);
    expect(texts).toEqual(['A by Friday', 'B by Friday', 'B by Friday']);
  });

  it('offers the client the recipients already belong to, resolved when Send is pressed', async () => {
    vi.mocked(sendMessage).mockResolvedValue({ ok: true, data: {} });
    const decision = review(vi.fn(), {
      client: () => null,
      resolveClient: async () => ({ id: 'c9', name: 'Acme Logistics', open: 0, overdue: 0 }),
    })();
    const root = await dialog();
    await vi.waitFor(() => expect(root.textContent).toContain('Log for Acme Logistics'));
    expect(root.querySelector('input:not([type])')).toBeNull();
    await press(root, 'Log and send');
    await expect(decision).resolves.toBe(true);
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(
      'logCommitment',
      expect.objectContaining({ clientId: 'c9' }),
    );
  });

  it('a contact of another client: offers that client, keeps the choices, never dead-ends', async () => {
    const owner = { id: 'c9', name: 'Acme Logistics', open: 0, overdue: 0 };
    const lookups: (typeof owner | null)[] = [null, null, owner];
    send.mockImplementation(async (verb) =>
      verb === 'createClient'
        ? {
            ok: false,
            error: {
              code: 'conflict',
              message: 'dana@acme.example is already a contact of Acme Logistics.',
            },
          }
        : { ok: true, data: {} },
    );
    const decision = review(vi.fn(), {
      client: () => null,
      resolveClient: async () => (lookups.length > 0 ? lookups.shift()! : owner),
    })();
    const root = await dialog();
    const date = () => root.querySelector<HTMLInputElement>('input[data-kept-due]')!;
    await act(async () => fireEvent.change(date(), { target: { value: '2026-12-09' } }));
    await press(root, 'Log and send');
    await vi.waitFor(() =>
      expect(root.querySelector('[role="alert"]')?.textContent).toContain('Acme Logistics'),
    );
    expect(root.textContent).toContain('Log for Acme Logistics');
    expect(date().value).toBe('2026-12-09');
    await press(root, 'Log and send');
    await expect(decision).resolves.toBe(true);
    const verbs = vi.mocked(sendMessage).mock.calls.map(([verb]) => verb);
    expect(verbs).toEqual(['createClient', 'logCommitment']);
    expect(sendMessage).toHaveBeenLastCalledWith(
      'logCommitment',
      expect.objectContaining({ clientId: 'c9' }),
    );
  });

  it('a retry after a failed log does not create the client again', async () => {
    const replies = [
      { ok: true, data: { client: { id: 'new1', name: 'Acme' } } },
      { ok: false, error: { code: 'unavailable', message: 'Down.' } },
    ];
    send.mockImplementation(async () => replies.shift() ?? { ok: true, data: {} });
    const decision = review(vi.fn(), { client: () => null, resolveClient: async () => null })();
    const root = await dialog();
    await press(root, 'Log and send');
    await vi.waitFor(() => expect(root.querySelector('[role="alert"]')).not.toBeNull());
    await press(root, 'Log and send');
    await expect(decision).resolves.toBe(true);
    const verbs = vi.mocked(sendMessage).mock.calls.map(([verb]) => verb);
    expect(verbs).toEqual(['createClient', 'logCommitment', 'logCommitment']);
  });
});

const button = (root: ShadowRoot, name: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
