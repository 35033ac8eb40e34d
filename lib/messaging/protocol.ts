import { z } from 'zod';
import { tabContextSchema } from '../model/tab-context';
import { contactSchema, recordKeySchema } from '../model/entities';
import { customPhraseSchema, settingsPatchSchema, settingsSchema } from '../model/settings';
import { importReportSchema } from '../model/import-report';
import {
  addContactRequest,
  backupText,
  clientMatch,
  clientRef,
  clientReply,
  commitmentRef,
  commitmentReply,
  commitmentsReply,
  counts,
  createClientRequest,
  createGoalRequest,
  due,
  goalReply,
  id,
  ledgerEntry,
  logCommitmentRequest,
  none,
  reason,
  updateClientRequest,
  updateContactRequest,
  updateGoalRequest,
} from './payloads';

/**
 * One protocol entry: the request and reply schemas; `writes` marks verbs after which reminders and
 * the badge are refreshed; `settings` marks verbs that may change the settings (open tabs are told,
 * lib/messaging/settings-changes.ts).
 *
 * Every verb is for Kept's own pages (options, popup, side panel, playground) unless it is marked
 * `inPage`: only those may come from a content script, which runs inside a web page
 * (docs/ARCHITECTURE.md, "The content-script boundary"). An `inPage` verb's reply says of a client
 * its id, name and counts at most, never its notes, domains or contacts; `inPageRequest`, where
 * given, is the narrower request a content script may send.
 */
export interface Verb {
  request: z.ZodType;
  reply: z.ZodType;
  writes?: true;
  settings?: true;
  inPage?: true;
  inPageRequest?: z.ZodType;
}

/** Every message Kept sends to its background, by verb. */
export const protocol = {
  /**
   * The clients a thread's addresses resolve to, best first: id, name and counts (the chip). A record
   * or thread the user linked to a client (`recordKey`) puts that client first.
   */
  getClientsForAddresses: {
    request: z.strictObject({
      addresses: z.array(z.string().max(320)).max(500),
      recordKey: recordKeySchema.optional(),
    }),
    reply: z.strictObject({ clients: z.array(clientMatch) }),
    inPage: true,
  },
  getOpenCommitments: { request: z.strictObject({ clientId: id }), reply: commitmentsReply },
  /**
   * The client's open promises as the analysis's ledger: text and due only, for the ledger-conflict
   * rule in the content script's own (isolated) world; the page's DOM never shows them.
   */
  getLedger: {
    request: z.strictObject({ clientId: id }),
    reply: z.strictObject({ ledger: z.array(ledgerEntry) }),
    inPage: true,
  },

  getSettings: { request: none, reply: z.strictObject({ settings: settingsSchema }), inPage: true },
  updateSettings: {
    request: z.strictObject({ patch: settingsPatchSchema }),
    reply: z.strictObject({ settings: settingsSchema }),
    writes: true,
    settings: true,
  },
  /**
   * "Always allow this phrase" from a page: adds one allowed phrase to the stored settings, read and
   * written in one background transaction, so phrases added elsewhere since are kept.
   */
  allowPhrase: {
    request: z.strictObject({ phrase: customPhraseSchema.shape.phrase }),
    reply: z.strictObject({ settings: settingsSchema }),
    writes: true,
    settings: true,
    inPage: true,
  },
  /** A client from the review's recipients (in page: no notes); the reply is its id and name. */
  createClient: {
    request: createClientRequest,
    reply: z.strictObject({ client: clientRef }),
    writes: true,
    inPage: true,
    inPageRequest: createClientRequest.omit({ notes: true }),
  },
  updateClient: { request: updateClientRequest, reply: clientReply, writes: true },
  addContact: {
    request: addContactRequest,
    reply: z.strictObject({ contact: contactSchema }),
    writes: true,
  },
  removeContact: { request: z.strictObject({ contactId: id }), reply: none, writes: true },
  /** Rename or move a contact: only from Kept's pages, so a host page cannot refile an address. */
  updateContact: {
    request: updateContactRequest,
    reply: z.strictObject({ contact: contactSchema }),
    writes: true,
  },
  mergeClients: {
    request: z.strictObject({ targetId: id, sourceId: id }),
    reply: clientReply,
    writes: true,
  },
  deleteClient: {
    request: z.strictObject({ clientId: id, cascade: z.boolean() }),
    reply: counts,
    writes: true,
  },
  createGoal: { request: createGoalRequest, reply: goalReply, writes: true },
  updateGoal: { request: updateGoalRequest, reply: goalReply, writes: true },
  /** Log a promise (the review's "Log and send"; in page: to no goal); the reply is its id and status. */
  logCommitment: {
    request: logCommitmentRequest,
    reply: z.strictObject({ commitment: commitmentRef }),
    writes: true,
    inPage: true,
    inPageRequest: logCommitmentRequest.omit({ goalId: true }),
  },
  completeCommitment: {
    request: z.strictObject({ commitmentId: id }),
    reply: commitmentReply,
    writes: true,
  },
  rescheduleCommitment: {
    request: z.strictObject({ commitmentId: id, ...due, reason }),
    reply: commitmentReply,
    writes: true,
  },
  dropCommitment: {
    request: z.strictObject({ commitmentId: id, reason }),
    reply: commitmentReply,
    writes: true,
  },
  reopenCommitment: {
    request: z.strictObject({ commitmentId: id, reason }),
    reply: commitmentReply,
    writes: true,
  },
  /** The chip's click: opens the side panel on the client, in the sender's window. */
  openClientView: { request: z.strictObject({ clientId: id }), reply: none, inPage: true },
  exportData: { request: none, reply: z.strictObject({ json: z.string() }) },
  exportOpenCommitments: {
    request: z.strictObject({ format: z.enum(['ics', 'csv']) }),
    reply: z.strictObject({ text: z.string(), filename: z.string() }),
  },
  previewImport: {
    request: z.strictObject({ json: backupText }),
    reply: importReportSchema,
  },
  importData: {
    request: z.strictObject({ json: backupText }),
    reply: importReportSchema,
    writes: true,
    settings: true,
  },
  loadSampleData: { request: none, reply: counts, writes: true },
  /** With `dryRun`, only counts what removing would remove (the confirmation shows it). */
  removeSampleData: {
    request: z.strictObject({ dryRun: z.boolean().optional() }),
    reply: counts,
    writes: true,
  },
  /** Everything stored (clients, contacts, goals, commitments, settings), after the user confirmed. */
  deleteAllData: { request: none, reply: counts, writes: true, settings: true },
  /** "This record is that client": only from Kept's pages, so a host page cannot relink records. */
  linkRecord: {
    request: z.strictObject({ key: recordKeySchema, clientId: id }),
    reply: none,
    writes: true,
  },
  unlinkRecord: {
    request: z.strictObject({ key: recordKeySchema }),
    reply: none,
    writes: true,
  },
  /** The addresses of the sender tab's open thread or draft (lib/model/tab-context, stored by lib/tab-context). */
  setTabContext: {
    request: z.strictObject({ context: tabContextSchema.optional() }),
    reply: none,
    inPage: true,
  },
} satisfies Record<string, Verb>;

export type Protocol = typeof protocol;
export type VerbName = keyof Protocol;
/** The verbs a content script may send (marked `inPage`). */
export type InPageVerb = {
  [V in VerbName]: Protocol[V] extends { inPage: true } ? V : never;
}[VerbName];
/** What a caller sends for `V`. */
export type RequestOf<V extends VerbName> = z.input<Protocol[V]['request']>;
/** What a caller receives for `V`. */
export type ReplyOf<V extends VerbName> = z.output<Protocol[V]['reply']>;
/** What a handler may return for `V` (checked against the reply schema before it is sent). */
export type HandlerReplyOf<V extends VerbName> = z.input<Protocol[V]['reply']>;

/** The envelope of every request. `kept` tells Kept's messages from any other extension traffic. */
export const requestEnvelopeSchema = z.strictObject({
  kept: z.literal(1),
  verb: z.string().max(100),
  data: z.unknown(),
});
