import { NO_DUE_AT, type Client, type Commitment, type Contact } from '../../lib/model/entities';

/**
 * The benchmarks' ledger: `count` clients with one domain and one contact each and ten commitments
 * per client (85 % done, 5 % dropped, the rest open, a tenth of those undated), deterministic (a fixed
 * pseudo-random sequence), around NOW.
 */
export const NOW = Date.UTC(2026, 10, 27, 10);
export const PER_CLIENT = 10;
export const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** A deterministic pseudo-random sequence, so every run seeds the same data. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
}

/** The ledger's records for `count` clients, in the order the benchmarks add them. */
export function seedLedger(count: number) {
  const rnd = random(42);
  const clients: Client[] = [];
  const contacts: Contact[] = [];
  const commitments: Commitment[] = [];
  for (let i = 0; i < count; i++) {
    const id = `client-${i}`;
    const created = iso(NOW - 400 * DAY);
    clients.push({
      id,
      name: `Client ${i}`,
      domains: [`client${i}.example`],
      notes: '',
      created,
      updated: created,
    });
    contacts.push({
      id: `contact-${i}`,
      email: `buyer@client${i}.example`,
      name: `Buyer ${i}`,
      clientId: id,
    });
    for (let j = 0; j < PER_CLIENT; j++) {
      const roll = rnd();
      const status = roll < 0.85 ? 'done' : roll < 0.9 ? 'dropped' : 'open';
      const dueAt =
        status === 'open'
          ? rnd() < 0.1
            ? NO_DUE_AT
            : NOW + Math.round((rnd() * 70 - 10) * DAY)
          : NOW - Math.round(rnd() * 365 * DAY);
      const c: Commitment = {
        id: `k-${i}-${j}`,
        clientId: id,
        text: `I will send the weekly status report number ${j} by Friday.`,
        action: 'send the weekly status report',
        ...(dueAt === NO_DUE_AT ? {} : { due: iso(dueAt) }),
        dueAt,
        dueKind: dueAt === NO_DUE_AT ? 'none' : 'explicit',
        status,
        created: iso(Math.min(dueAt, NOW) - 5 * DAY),
        source: { site: 'gmail', subject: `Status ${j}`, threadId: `t-${i}-${j}` },
        history: [{ at: iso(Math.min(dueAt, NOW) - 5 * DAY), change: 'created' }],
      };
      if (status === 'done')
        Object.assign(c, { completed: iso(dueAt - DAY), completedAt: dueAt - DAY });
      commitments.push(c);
    }
  }
  return { clients, contacts, commitments };
}
