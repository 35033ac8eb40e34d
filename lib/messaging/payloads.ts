import { z } from 'zod';
import {
  clientSchema,
  commitmentSchema,
  commitmentStatusSchema,
  dueKindSchema,
  goalSchema,
  goalStatusSchema,
  idSchema,
  isoInstant,
  sourceSchema,
} from '../model/entities';

/** Building blocks of the protocol's request and reply schemas (lib/messaging/protocol.ts). */
export const id = idSchema;
export const reason = z.string().max(2000);
export const none = z.strictObject({});
export const counts = z.record(z.string(), z.number().int());
/**
 * Backups travel as text. 50 MB holds about 100,000 commitments; Chrome caps a message near 64 MiB,
 * so larger ledgers would need the options page to call lib/db/transfer directly.
 */
export const backupText = z.string().max(50_000_000);
export const due = { due: isoInstant.optional(), dueKind: dueKindSchema };

export const clientReply = z.strictObject({ client: clientSchema });
export const commitmentReply = z.strictObject({ commitment: commitmentSchema });

/**
 * What a reply to a content script may say about a client: its id and name, nothing else — never its
 * notes, domains or contacts (docs/ARCHITECTURE.md, "The content-script boundary").
 */
export const clientRef = z.strictObject({ id: idSchema, name: z.string() });
/** A commitment just logged from a page: its id and status; the page already has its text. */
export const commitmentRef = z.strictObject({
  id: idSchema,
  status: commitmentStatusSchema,
});
/** The ledger the analysis compares a draft with (ledger-conflict): each open promise's text and due. */
export const ledgerEntry = z.strictObject({ text: z.string(), due: z.string().nullable() });
export const goalReply = z.strictObject({ goal: goalSchema });
export const commitmentsReply = z.strictObject({ commitments: z.array(commitmentSchema) });

/** A client found for a thread, with the counts its chip shows ("Acme · 3 open, 1 overdue"). */
export const clientMatch = z.strictObject({
  client: clientRef,
  open: z.number().int(),
  overdue: z.number().int(),
});

const clientFields = {
  name: z.string().min(1).max(200),
  domains: z.array(z.string().max(253)).max(50).optional(),
  notes: z.string().max(20_000).optional(),
};
const contactFields = { email: z.email(), name: z.string().max(200).optional() };

export const createClientRequest = z.strictObject({
  ...clientFields,
  contacts: z.array(z.strictObject(contactFields)).max(50).optional(),
});
export const updateClientRequest = z.strictObject({
  clientId: id,
  ...clientFields,
  name: clientFields.name.optional(),
});
export const addContactRequest = z.strictObject({ clientId: id, ...contactFields });
/** Rename a contact and/or move it to another client; its email cannot change. */
export const updateContactRequest = z.strictObject({
  contactId: id,
  name: contactFields.name,
  clientId: id.optional(),
});

/** The SMART parts of a goal, all optional but the title. */
const goalFields = {
  title: z.string().min(1).max(300),
  specific: z.string().max(2000).optional(),
  measure: z.string().max(1000).optional(),
  target: z.string().max(1000).optional(),
  due: isoInstant.optional(),
  why: z.string().max(2000).optional(),
};
export const createGoalRequest = z.strictObject({ clientId: id, ...goalFields });
export const updateGoalRequest = z.strictObject({
  goalId: id,
  patch: z.strictObject({
    ...goalFields,
    title: goalFields.title.optional(),
    status: goalStatusSchema.optional(),
    progress: z.number().min(0).max(100).optional(),
  }),
  reason: reason.optional(),
});

export const logCommitmentRequest = z.strictObject({
  clientId: id,
  goalId: id.optional(),
  text: z.string().min(1).max(4000),
  action: z.string().max(1000).optional(),
  ...due,
  source: sourceSchema.optional(),
});
