import { browser } from 'wxt/browser';
import { fail, replyEnvelopeSchema, type Result } from './errors';
import { protocol, type InPageVerb, type ReplyOf, type RequestOf, type VerbName } from './protocol';

/**
 * Sends one typed message to the background and returns its checked reply. Never throws: a missing
 * background (extension reloaded, worker starting) or a malformed reply becomes a typed error.
 */
export async function sendMessage<V extends VerbName>(
  verb: V,
  data: RequestOf<V>,
): Promise<Result<ReplyOf<V>>> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage({ kept: 1, verb, data });
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : 'Kept is not reachable.');
  }
  const envelope = replyEnvelopeSchema.safeParse(raw);
  if (!envelope.success) return fail('internal', `${verb}: the reply was not a Kept reply.`);
  if (!envelope.data.ok) return envelope.data;
  const reply = protocol[verb].reply.safeParse(envelope.data.data);
  if (!reply.success) return fail('internal', `${verb}: the reply did not match its schema.`);
  return { ok: true, data: reply.data as ReplyOf<V> };
}

/**
 * `sendMessage` for content scripts: typed to the verbs the router accepts from them (protocol
 * `inPage`), so in-page code cannot even compile a call the background would refuse.
 */
export function sendFromPage<V extends InPageVerb>(
  verb: V,
  data: RequestOf<V>,
): Promise<Result<ReplyOf<V>>> {
  return sendMessage(verb, data);
}
