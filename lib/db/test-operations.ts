import fc from 'fast-check';
import type { GoalPatch } from './repository';

/**
 * Every data operation a user can cause, as data, for the round-trip property test (test-only; they
 * are applied by lib/db/test-apply.ts). An operation names its records by index (`pick`), taken
 * modulo the records present when it runs, so any sequence applies to any state.
 */
export type Operation =
  | { op: 'createClient'; name: string; domains: string[] }
  | { op: 'updateClient'; pick: number; name?: string; domains?: string[]; notes?: string }
  | { op: 'mergeClients'; pick: number; other: number }
  | { op: 'deleteClient'; pick: number; cascade: boolean }
  | { op: 'addContact'; pick: number; email: string }
  | { op: 'updateContact'; pick: number; client?: number; name?: string }
  | { op: 'removeContact'; pick: number }
  | { op: 'linkRecord'; pick: number; key: string }
  | { op: 'unlinkRecord'; key: string }
  | { op: 'createGoal'; pick: number; title: string; dueInDays?: number }
  | { op: 'updateGoal'; pick: number; status?: GoalPatch['status']; progress?: number }
  | { op: 'logCommitment'; pick: number; goal?: number; text: string; dueInHours?: number }
  | { op: 'complete' | 'drop' | 'reopen'; pick: number }
  | { op: 'reschedule'; pick: number; dueInHours?: number }
  | { op: 'loadSamples' | 'removeSamples' };

// Small pools, so operations collide: the same email in two cases, a domain of a sample client,
// free-mail and malformed domains the repository refuses.
const domain = fc.oneof(
  { arbitrary: fc.constantFrom('acme.example', 'globex.example', 'ACME.example'), weight: 6 },
  { arbitrary: fc.constantFrom('gmail.com', 'x'), weight: 1 },
);
const email = fc.oneof(
  {
    arbitrary: fc.constantFrom('dana@acme.example', 'Dana@Acme.example', 'li@globex.example'),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom('sam@gmail.com', 'raj.patel@acme.example', 'not-an-email'),
    weight: 2,
  },
);
const recordKey = fc.constantFrom('hubspot:1/0-2/7', 'salesforce:Account/001', 'zoho:o/Leads/1');
const pick = fc.nat(20);
const words = fc.oneof(
  {
    arbitrary: fc.constantFrom('Acme', 'Globex', '  Initech ', '华星', 'Acme Logistics'),
    weight: 9,
  },
  { arbitrary: fc.constant(''), weight: 1 },
);

const createClient = fc.record({
  op: fc.constant('createClient' as const),
  name: words,
  domains: fc.array(domain, { maxLength: 2 }),
});

/** One random operation; sample loads are rarer, since each writes a few dozen records. */
export const operation: fc.Arbitrary<Operation> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('createClient'),
      name: words,
      domains: fc.array(domain, { maxLength: 2 }),
    }),
    weight: 4,
  },
  {
    arbitrary: fc.record(
      {
        op: fc.constant('updateClient'),
        pick,
        name: words,
        domains: fc.array(domain, { maxLength: 2 }),
        notes: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: ['op', 'pick'] },
    ),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('mergeClients'), pick, other: pick }), weight: 2 },
  {
    arbitrary: fc.record({ op: fc.constant('deleteClient'), pick, cascade: fc.boolean() }),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constant('addContact'), pick, email }), weight: 3 },
  {
    arbitrary: fc.record(
      { op: fc.constant('updateContact'), pick, client: pick, name: words },
      { requiredKeys: ['op', 'pick'] },
    ),
    weight: 1,
  },
  { arbitrary: fc.record({ op: fc.constant('removeContact'), pick }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant('linkRecord'), pick, key: recordKey }), weight: 2 },
  { arbitrary: fc.record({ op: fc.constant('unlinkRecord'), key: recordKey }), weight: 1 },
  {
    arbitrary: fc.record(
      {
        op: fc.constant('createGoal'),
        pick,
        title: words,
        dueInDays: fc.integer({ min: -30, max: 90 }),
      },
      { requiredKeys: ['op', 'pick', 'title'] },
    ),
    weight: 2,
  },
  {
    arbitrary: fc.record(
      {
        op: fc.constant('updateGoal'),
        pick,
        status: fc.constantFrom('active', 'achieved', 'dropped'),
        progress: fc.integer({ min: -5, max: 105 }),
      },
      { requiredKeys: ['op', 'pick'] },
    ),
    weight: 2,
  },
  {
    arbitrary: fc.record(
      {
        op: fc.constant('logCommitment'),
        pick,
        goal: pick,
        text: words,
        dueInHours: fc.integer({ min: -200, max: 400 }),
      },
      { requiredKeys: ['op', 'pick', 'text'] },
    ),
    weight: 5,
  },
  {
    arbitrary: fc.record({ op: fc.constantFrom('complete', 'drop', 'reopen'), pick }),
    weight: 5,
  },
  {
    arbitrary: fc.record(
      { op: fc.constant('reschedule'), pick, dueInHours: fc.integer({ min: -200, max: 400 }) },
      { requiredKeys: ['op', 'pick'] },
    ),
    weight: 2,
  },
  { arbitrary: fc.record({ op: fc.constantFrom('loadSamples', 'removeSamples') }), weight: 1 },
) as fc.Arbitrary<Operation>;

/** A sequence of operations that starts with a few clients, so most later ones have records to act on. */
export const operations: fc.Arbitrary<Operation[]> = fc
  .tuple(
    fc.array(createClient, { minLength: 1, maxLength: 3 }),
    fc.array(operation, { maxLength: 30, size: 'max' }),
  )
  .map(([first, rest]) => [...first, ...rest]);
