import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * Messages from Kept's pages (the side panel) to the content script of a tab: the other direction
 * from `protocol.ts`. The content script answers through `onTabMessage`; the panel sends with
 * `sendToTab`, which never throws.
 */
export const tabProtocol = {
  /**
   * Inserts text into the draft open in the tab, above its sign-off and signature, as an editing action
   * the user can undo; `html` is the rich version, for editors that take formatting.
   */
  insertIntoDraft: {
    request: z.strictObject({
      text: z.string().min(1).max(20_000),
      html: z.string().min(1).max(200_000).optional(),
    }),
    reply: z.strictObject({ inserted: z.boolean() }),
  },
} as const;

export type TabVerb = keyof typeof tabProtocol;
export type TabRequest<V extends TabVerb> = z.infer<(typeof tabProtocol)[V]['request']>;
export type TabReply<V extends TabVerb> = z.infer<(typeof tabProtocol)[V]['reply']>;

/** Why a tab message did not get its answer: no Kept content script there, or a bad reply. */
export type TabResult<V extends TabVerb> =
  { ok: true; data: TabReply<V> } | { ok: false; reason: 'no-receiver' | 'bad-reply' };

const envelope = z.strictObject({ keptTab: z.literal(1), verb: z.string(), data: z.unknown() });

/** Sends `verb` to the content script of `tabId` and checks the reply. */
export async function sendToTab<V extends TabVerb>(
  tabId: number,
  verb: V,
  data: TabRequest<V>,
): Promise<TabResult<V>> {
  let raw: unknown;
  try {
    raw = await browser.tabs.sendMessage(tabId, { keptTab: 1, verb, data });
  } catch {
    // "Could not establish connection": no content script of Kept's runs in that tab.
    return { ok: false, reason: 'no-receiver' };
  }
  const reply = tabProtocol[verb].reply.safeParse(raw);
  return reply.success
    ? { ok: true, data: reply.data as TabReply<V> }
    : { ok: false, reason: 'bad-reply' };
}

/** The content script's side: one handler per verb. */
export type TabHandlers = { [V in TabVerb]: (data: TabRequest<V>) => Promise<TabReply<V>> };

/**
 * Serves tab messages in a content script. Only Kept's own extension may send them (a web page
 * cannot reach `runtime.onMessage` of a content script, but another extension's id is checked anyway).
 */
export function onTabMessage(handlers: TabHandlers): () => void {
  const listener = (message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = envelope.safeParse(message);
    if (!parsed.success || !Object.hasOwn(tabProtocol, parsed.data.verb)) return undefined;
    const verb = parsed.data.verb as TabVerb;
    const request = tabProtocol[verb].request.safeParse(parsed.data.data);
    if (!request.success) return undefined;
    return handlers[verb](request.data);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
