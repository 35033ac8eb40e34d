// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../messaging/client';
import { pageUiContext } from '../../dom/shadow-ui';
import type { Composer } from '../types';
import { createReview } from './review-controller';
import type { DraftAnalysis } from './draft-analysis';

vi.mock('../../messaging/client', () => ({ sendMessage: vi.fn() }));

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

function review(logged = vi.fn()) {
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
});
