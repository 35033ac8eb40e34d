import { z } from 'zod';

/** An instant as stored: ISO 8601 with a zone designator, so every reader gets the same moment. */
export const isoInstant = z.iso.datetime({ offset: true });

/** Record ids: UUIDs in practice; limited to URL- and alarm-name-safe characters. */
export const idSchema = z.string().regex(/^[\w-]{1,100}$/, 'an id of letters, digits, - and _');
const id = idSchema;

/**
 * Present only on records "load sample data" created and nobody changed since (any update drops it), so
 * removing samples never touches the user's data (docs/ARCHITECTURE.md, "Data that must survive").
 */
const sampleMarker = z.literal(true).optional();

export const historyChangeSchema = z.enum([
  'created',
  'edited',
  'rescheduled',
  'done',
  'dropped',
  'reopened',
  'moved',
  'progress',
  'status',
]);
export type HistoryChange = z.infer<typeof historyChangeSchema>;

/**
 * One entry of a record's change log: what changed, when, from what to what, and the reason the user
 * gave ("rescheduled from 2 Dec to 5 Dec because the data arrived late"). Structured rather than a
 * sentence so the side panel can word it in the user's language.
 */
export const historyEntrySchema = z.strictObject({
  at: isoInstant,
  change: historyChangeSchema,
  from: z.string().max(500).optional(),
  to: z.string().max(500).optional(),
  reason: z.string().max(2000).optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const clientSchema = z.strictObject({
  id,
  name: z.string().trim().min(1).max(200),
  /** Lower-cased domains that map mail to this client (never free-mail domains). */
  domains: z.array(z.string().min(1).max(253)).max(50),
  notes: z.string().max(20_000),
  created: isoInstant,
  updated: isoInstant,
  sample: sampleMarker,
});
export type Client = z.infer<typeof clientSchema>;

export const contactSchema = z.strictObject({
  id,
  /** Lower-cased; unique across all clients (a `&email` index enforces it). */
  email: z.email().max(254),
  name: z.string().max(200),
  clientId: id,
  sample: sampleMarker,
});
export type Contact = z.infer<typeof contactSchema>;

export const goalStatusSchema = z.enum(['active', 'achieved', 'dropped']);
export type GoalStatus = z.infer<typeof goalStatusSchema>;

export const goalSchema = z.strictObject({
  id,
  clientId: id,
  title: z.string().trim().min(1).max(300),
  /** The SMART parts, as agreed with the client. */
  specific: z.string().max(2000),
  measure: z.string().max(1000),
  target: z.string().max(1000),
  due: isoInstant.optional(),
  why: z.string().max(2000),
  status: goalStatusSchema,
  /** 0–100, the user's own estimate. */
  progress: z.number().min(0).max(100),
  created: isoInstant,
  updated: isoInstant,
  history: z.array(historyEntrySchema),
  sample: sampleMarker,
});
export type Goal = z.infer<typeof goalSchema>;

export const dueKindSchema = z.enum(['explicit', 'vague', 'none']);
export type DueKind = z.infer<typeof dueKindSchema>;

export const commitmentStatusSchema = z.enum(['open', 'done', 'dropped']);
export type CommitmentStatus = z.infer<typeof commitmentStatusSchema>;

/** Where a commitment was written: enough to find the message again. */
export const sourceSchema = z.strictObject({
  site: z.string().max(50),
  url: z.string().max(4000).optional(),
  threadId: z.string().max(500).optional(),
  subject: z.string().max(1000).optional(),
  sentence: z.string().max(4000).optional(),
});
export type CommitmentSource = z.infer<typeof sourceSchema>;

/**
 * `dueAt` for a commitment without a date. IndexedDB leaves records with a missing key part out of a
 * compound index, so undated commitments get the largest ECMAScript time instead: they stay in the
 * "open by client" index, sort last, and are never overdue.
 */
export const NO_DUE_AT = 8_640_000_000_000_000;

export const commitmentSchema = z.strictObject({
  id,
  clientId: id,
  goalId: id.optional(),
  text: z.string().trim().min(1).max(4000),
  action: z.string().max(1000),
  due: isoInstant.optional(),
  /** Epoch ms of `due` (or NO_DUE_AT), for range queries. */
  dueAt: z.number().int(),
  dueKind: dueKindSchema,
  status: commitmentStatusSchema,
  created: isoInstant,
  completed: isoInstant.optional(),
  /** Epoch ms of `completed`; added in schema version 2 for "done recently" queries. */
  completedAt: z.number().int().optional(),
  source: sourceSchema.optional(),
  history: z.array(historyEntrySchema),
  sample: sampleMarker,
});
export type Commitment = z.infer<typeof commitmentSchema>;

/**
 * "This HubSpot company is Acme": a CRM record (or any thread) linked to a client once, remembered by the record's URL identity — the key its site adapter reports as the thread id
 * (`hubspot:2345678/0-2/77`, `salesforce:Account/001…`). A link outranks address and domain
 * resolution for that record.
 */
export const recordKeySchema = z.string().min(3).max(500);

export const recordLinkSchema = z.strictObject({
  key: recordKeySchema,
  clientId: id,
  linked: isoInstant,
});
export type RecordLink = z.infer<typeof recordLinkSchema>;
