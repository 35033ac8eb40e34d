import type { KeptDatabase } from '../db/database';
import { fail, toMessageError, type Result } from './errors';
import {
  protocol,
  requestEnvelopeSchema,
  type HandlerReplyOf,
  type RequestOf,
  type Verb,
  type VerbName,
} from './protocol';

/** The parts of `runtime.MessageSender` the router trusts. */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; windowId?: number };
}

/** What every handler gets besides its request. */
export interface HandlerContext {
  db: KeptDatabase;
  /** Epoch ms of this request, read once by the router from the injected clock. */
  now: number;
  sender: Sender;
}

/** One handler per verb; TypeScript insists on all of them. */
export type Handlers = {
  [V in VerbName]: (data: RequestOf<V>, ctx: HandlerContext) => Promise<HandlerReplyOf<V>>;
};

export interface RouterOptions {
  db: KeptDatabase;
  handlers: Handlers;
  /** `browser.runtime.id`: only messages from this extension are served. */
  extensionId: string;
  /** `browser.runtime.getURL('/')`: where Kept's own pages live. */
  extensionOrigin: string;
  /** The clock, injected (the background passes `Date.now`). */
  clock: () => number;
  /** Called after a verb that writes succeeded (reminders and badge refresh). */
  afterWrite?: () => void;
  /** Called after a verb that may change the settings succeeded (open tabs re-read them). */
  afterSettingsWrite?: () => void;
  /** Where rejected messages are reported. */
  log?: (reason: string, detail: Record<string, unknown>) => void;
}

const defaultLog = (reason: string, detail: Record<string, unknown>) =>
  console.warn(`[Kept] message rejected: ${reason}`, detail);

const isVerb = (verb: string): verb is VerbName => Object.hasOwn(protocol, verb);

/**
 * Whether a message comes from one of Kept's own pages (options, popup, side panel, playground) rather
 * than from a content script: its URL is in the extension's origin. A content script's sender URL is
 * the web page's (docs/ARCHITECTURE.md, "The content-script boundary").
 */
export function fromKeptPage(sender: Sender, extensionOrigin: string): boolean {
  if (!sender.url?.startsWith(extensionOrigin)) return false;
  // Chrome also names the sender's origin; where it does, it must agree.
  return sender.origin === undefined || `${sender.origin}/` === extensionOrigin;
}

/**
 * The background's message router. Every request is checked (sender, envelope, verb, data) and every
 * reply is checked against the verb's schema before it leaves; failures come back as typed errors and
 * are logged, and the router keeps serving. A reply is sent only after the handler's Dexie transaction
 * committed, so an acknowledged write survives the worker being stopped right after.
 */
export function createRouter(options: RouterOptions) {
  const log = options.log ?? defaultLog;
  return async function route(message: unknown, sender: Sender): Promise<Result<unknown>> {
    if (sender.id !== options.extensionId) {
      log('unknown sender', { senderId: sender.id, url: sender.url });
      return fail('forbidden', 'Messages are accepted only from Kept itself.');
    }
    const envelope = requestEnvelopeSchema.safeParse(message);
    if (!envelope.success) {
      log('not a Kept message', { url: sender.url });
      return fail('bad-request', 'Not a Kept message.');
    }
    const { verb, data } = envelope.data;
    if (!isVerb(verb)) {
      log('unknown verb', { verb, url: sender.url });
      return fail('unknown-verb', `Unknown message ${verb}.`);
    }
    const spec: Verb = protocol[verb];
    const inPage = !fromKeptPage(sender, options.extensionOrigin);
    if (inPage && !spec.inPage) {
      log('page-only verb from a content script', { verb, url: sender.url });
      return fail('forbidden', `${verb} is available only on Kept's own pages.`);
    }
    const request = ((inPage && spec.inPageRequest) || spec.request).safeParse(data);
    if (!request.success) {
      log('invalid request', { verb, issues: request.error.issues.slice(0, 5) });
      const issue = request.error.issues[0]!;
      return fail('bad-request', `${verb}: ${issue.path.join('.') || 'data'}: ${issue.message}`);
    }
    let result: unknown;
    try {
      const handler = options.handlers[verb] as (d: unknown, c: HandlerContext) => Promise<unknown>;
      result = await handler(request.data, { db: options.db, now: options.clock(), sender });
    } catch (error) {
      const typed = toMessageError(error);
      if (typed.code === 'internal') console.error(`[Kept] ${verb} failed`, error);
      return { ok: false, error: typed };
    }
    if (spec.writes) options.afterWrite?.();
    if (spec.settings) options.afterSettingsWrite?.();
    const reply = spec.reply.safeParse(result);
    if (!reply.success) {
      log('invalid reply', { verb, issues: reply.error.issues.slice(0, 5) });
      return fail('internal', `${verb} produced a reply Kept could not check.`);
    }
    return { ok: true, data: reply.data };
  };
}
