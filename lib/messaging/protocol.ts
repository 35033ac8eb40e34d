import { z } from 'zod';
import {
  clientSchema,
  commitmentSchema,
  contactSchema,
  dueKindSchema,
  goalSchema,
  goalStatusSchema,
  idSchema,
  isoInstant,
  sourceSchema,
} from '../db/records';
import { tabContextSchema } from '../context/tab-context';
import { settingsPatchSchema, settingsSchema } from '../db/settings';
import { importReportSchema } from '../db/transfer/import-report';

const id = idSchema;
const reason = z.string().max(2000);
const none = z.strictObject({});
const counts = z.record(z.string(), z.number().int());
/** Backups travel as text; 50 MB is far above 100,000 commitments and stops a runaway page. */
const backupText = z.string().max(50_000_000);

const client = z.strictObject({ client: clientSchema });
const commitment = z.strictObject({ commitment: commitmentSchema });
const goal = z.strictObject({ goal: goalSchema });
const commitments = z.strictObject({ commitments: z.array(commitmentSchema) });
const due = { due: isoInstant.optional(), dueKind: dueKindSchema };

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
    reply: z.strictObject({
      clients: z.array(
        z.strictObject({
          client: clientSchema,
          addresses: z.array(z.string()),
          open: z.number().int(),
          overdue: z.number().int(),
        }),
      ),
    }),
  },
  listClients: {
    request: z.strictObject({
      search: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
    reply: z.strictObject({ clients: z.array(clientSchema) }),
  },
  getClientView: {
    request: z.strictObject({ clientId: id }),
    reply: z.strictObject({
      client: clientSchema,
      contacts: z.array(contactSchema),
      goals: z.array(goalSchema),
      open: z.array(commitmentSchema),
      doneRecently: z.array(commitmentSchema),
      keptRate: z.strictObject({
        due: z.number(),
        keptOnTime: z.number(),
        rate: z.number().optional(),
      }),
    }),
  },
  getOpenCommitments: { request: z.strictObject({ clientId: id }), reply: commitments },
  getOverview: {
    request: z.strictObject({
      dueSoonHours: z
        .number()
        .min(1)
        .max(24 * 14)
        .optional(),
    }),
    reply: z.strictObject({
      open: z.number().int(),
      overdue: z.number().int(),
      dueSoon: z.number().int(),
      overdueItems: z.array(commitmentSchema),
    }),
  },
  getSettings: { request: none, reply: z.strictObject({ settings: settingsSchema }) },
  updateSettings: {
    request: z.strictObject({ patch: settingsPatchSchema }),
    reply: z.strictObject({ settings: settingsSchema }),
    writes: true,
  },
  createClient: {
    request: z.strictObject({
      name: z.string().min(1).max(200),
      domains: z.array(z.string().max(253)).max(50).optional(),
      notes: z.string().max(20_000).optional(),
      contacts: z
        .array(z.strictObject({ email: z.email(), name: z.string().max(200).optional() }))
        .max(50)
        .optional(),
    }),
    reply: client,
    writes: true,
  },
  updateClient: {
    request: z.strictObject({
      clientId: id,
      name: z.string().min(1).max(200).optional(),
      domains: z.array(z.string().max(253)).max(50).optional(),
      notes: z.string().max(20_000).optional(),
    }),
    reply: client,
    writes: true,
  },
  addContact: {
    request: z.strictObject({
      clientId: id,
      email: z.email(),
      name: z.string().max(200).optional(),
    }),
    reply: z.strictObject({ contact: contactSchema }),
    writes: true,
  },
  removeContact: { request: z.strictObject({ contactId: id }), reply: none, writes: true },
  mergeClients: {
    request: z.strictObject({ targetId: id, sourceId: id }),
    reply: client,
    writes: true,
    pagesOnly: true,
  },
  deleteClient: {
    request: z.strictObject({ clientId: id, cascade: z.boolean() }),
    reply: counts,
    writes: true,
    pagesOnly: true,
  },
  createGoal: {
    request: z.strictObject({
      clientId: id,
      title: z.string().min(1).max(300),
      specific: z.string().max(2000).optional(),
      measure: z.string().max(1000).optional(),
      target: z.string().max(1000).optional(),
      due: isoInstant.optional(),
      why: z.string().max(2000).optional(),
    }),
    reply: goal,
    writes: true,
  },
  updateGoal: {
    request: z.strictObject({
      goalId: id,
      patch: z.strictObject({
        title: z.string().min(1).max(300).optional(),
        specific: z.string().max(2000).optional(),
        measure: z.string().max(1000).optional(),
        target: z.string().max(1000).optional(),
        due: isoInstant.optional(),
        why: z.string().max(2000).optional(),
        status: goalStatusSchema.optional(),
        progress: z.number().min(0).max(100).optional(),
      }),
      reason: reason.optional(),
    }),
    reply: goal,
    writes: true,
  },
  logCommitment: {
    request: z.strictObject({
      clientId: id,
      goalId: id.optional(),
      text: z.string().min(1).max(4000),
      action: z.string().max(1000).optional(),
      ...due,
      source: sourceSchema.optional(),
    }),
    reply: commitment,
    writes: true,
  },
  completeCommitment: {
    request: z.strictObject({ commitmentId: id }),
    reply: commitment,
    writes: true,
  },
  rescheduleCommitment: {
    request: z.strictObject({ commitmentId: id, ...due, reason }),
    reply: commitment,
    writes: true,
  },
  dropCommitment: {
    request: z.strictObject({ commitmentId: id, reason }),
    reply: commitment,
    writes: true,
  },
  reopenCommitment: {
    request: z.strictObject({ commitmentId: id, reason }),
    reply: commitment,
    writes: true,
  },
  editCommitment: {
    request: z.strictObject({
      commitmentId: id,
      text: z.string().min(1).max(4000).optional(),
      action: z.string().max(1000).optional(),
    }),
    reply: commitment,
    writes: true,
  },
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
