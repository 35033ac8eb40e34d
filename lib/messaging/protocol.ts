import { z } from 'zod';
import { tabContextSchema } from '../context/tab-context';
import { recordKeySchema } from '../db/record-links';
import { clientSchema, contactSchema } from '../db/records';
import { settingsPatchSchema, settingsSchema } from '../db/settings';
import { importReportSchema } from '../db/transfer/import-report';
import {
  addContactRequest,
  backupText,
  clientMatch,
  clientReply,
  clientView,
  commitmentReply,
  commitmentsReply,
  counts,
  createClientRequest,
  createGoalRequest,
  due,
  editCommitmentRequest,
  goalReply,
  id,
  logCommitmentRequest,
  none,
  overviewReply,
  reason,
  updateClientRequest,
  updateContactRequest,
  updateGoalRequest,
} from './shapes';

/**
 * One protocol entry: the request and reply schemas; `writes` marks verbs after which reminders and
 * the badge are refreshed; `pagesOnly` verbs are refused from content scripts (they run inside web
 * pages, so bulk export, import and deletion are kept to Kept's own pages).
 */
interface Verb {
  request: z.ZodType;
  reply: z.ZodType;
  writes?: true;
  pagesOnly?: true;
}

/** Every message Kept sends to its background, by verb. */
export const protocol = {
  getClientsForAddresses: {
    request: z.strictObject({ addresses: z.array(z.string().max(320)).max(500) }),
    reply: z.strictObject({ clients: z.array(clientMatch) }),
  },
  listClients: {
    request: z.strictObject({
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    reply: z.strictObject({ clients: z.array(clientSchema) }),
  },
  getClientView: { request: z.strictObject({ clientId: id }), reply: clientView },
  getOpenCommitments: { request: z.strictObject({ clientId: id }), reply: commitmentsReply },
  getOverview: {
    request: z.strictObject({ dueSoonHours: z.number().min(1).max(336).optional() }),
    reply: overviewReply,
  },
  getSettings: { request: none, reply: z.strictObject({ settings: settingsSchema }) },
  updateSettings: {
    request: z.strictObject({ patch: settingsPatchSchema }),
    reply: z.strictObject({ settings: settingsSchema }),
    writes: true,
  },
  createClient: { request: createClientRequest, reply: clientReply, writes: true },
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
    pagesOnly: true,
  },
  mergeClients: {
    request: z.strictObject({ targetId: id, sourceId: id }),
    reply: clientReply,
    writes: true,
    pagesOnly: true,
  },
  deleteClient: {
    request: z.strictObject({ clientId: id, cascade: z.boolean() }),
    reply: counts,
    writes: true,
    pagesOnly: true,
  },
  createGoal: { request: createGoalRequest, reply: goalReply, writes: true },
  updateGoal: { request: updateGoalRequest, reply: goalReply, writes: true },
  logCommitment: { request: logCommitmentRequest, reply: commitmentReply, writes: true },
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
  editCommitment: { request: editCommitmentRequest, reply: commitmentReply, writes: true },
  openClientView: { request: z.strictObject({ clientId: id }), reply: none },
  exportData: { request: none, reply: z.strictObject({ json: z.string() }), pagesOnly: true },
  exportOpenCommitments: {
    request: z.strictObject({ format: z.enum(['ics', 'csv']) }),
    reply: z.strictObject({ text: z.string(), filename: z.string() }),
    pagesOnly: true,
  },
  previewImport: {
    request: z.strictObject({ json: backupText }),
    reply: importReportSchema,
    pagesOnly: true,
  },
  importData: {
    request: z.strictObject({ json: backupText }),
    reply: importReportSchema,
    writes: true,
    pagesOnly: true,
  },
  loadSampleData: { request: none, reply: counts, writes: true, pagesOnly: true },
  removeSampleData: { request: none, reply: counts, writes: true, pagesOnly: true },
  /** Everything stored (clients, contacts, goals, commitments, settings), after the user confirmed. */
  deleteAllData: { request: none, reply: counts, writes: true, pagesOnly: true },
  /** The client a record (or thread) was linked to by the user (lib/db/record-links), if any. */
  getRecordLink: {
    request: z.strictObject({ key: recordKeySchema }),
    reply: z.strictObject({ client: clientMatch.nullable() }),
  },
  /** "This record is that client": only from Kept's pages, so a host page cannot relink records. */
  linkRecord: {
    request: z.strictObject({ key: recordKeySchema, clientId: id }),
    reply: none,
    writes: true,
    pagesOnly: true,
  },
  unlinkRecord: {
    request: z.strictObject({ key: recordKeySchema }),
    reply: none,
    writes: true,
    pagesOnly: true,
  },
  /** The addresses of the sender tab's open thread or draft (lib/context/tab-context). */
  setTabContext: { request: z.strictObject({ context: tabContextSchema.optional() }), reply: none },
} satisfies Record<string, Verb>;

export type Protocol = typeof protocol;
export type VerbName = keyof Protocol;
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
