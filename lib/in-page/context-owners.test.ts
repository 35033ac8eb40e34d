import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../messaging/client';
import { claimContext } from './context-owners';

// In-page code sends through sendFromPage, which is sendMessage typed to the in-page verbs.
vi.mock('../messaging/client', () => {
  const sendMessage = vi.fn(async () => ({ ok: true }));
  return { sendMessage, sendFromPage: sendMessage };
});
afterEach(() => vi.mocked(sendMessage).mockClear());

const ctx = (address: string) => ({ addresses: [address], site: 'gmail' });
const reported = () => vi.mocked(sendMessage).mock.calls.map(([, data]) => data);

describe('claimContext', () => {
  it('falls back to the thread when the reply written in it closes, and to none after', () => {
    const thread = new AbortController();
    const reply = new AbortController();
    claimContext(thread.signal, ctx('dana@acme.example'));
    claimContext(reply.signal, ctx('lee@acme.example'));
    reply.abort();
    thread.abort();
    expect(reported()).toEqual([
      { context: ctx('dana@acme.example') },
      { context: ctx('lee@acme.example') },
      { context: ctx('dana@acme.example') },
      { context: undefined },
    ]);
  });

  it('changes nothing when an owner that is not current goes away', () => {
    const thread = new AbortController();
    const reply = new AbortController();
    claimContext(thread.signal, ctx('dana@acme.example'));
    claimContext(reply.signal, ctx('lee@acme.example'));
    thread.abort();
    expect(reported()).toHaveLength(2);
    reply.abort();
    expect(reported().at(-1)).toEqual({ context: undefined });
  });
});
