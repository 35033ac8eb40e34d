import type { ReviewOutcome } from '@/components/in-page/SendReview';
import type { Commitment } from '../analysis';
import { sendFromPage } from '../messaging/client';
import type { Composer } from '../sites/types';
import type { ClientSummary } from './client-lookup';
import { uiText } from './ui-text';

/** `YYYY-MM-DD` in the user's zone, as a date input shows it. */
export function toDateInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The due instant for a date the user kept or changed: the parsed instant, or 17:00 local that day. */
export function fromDateInput(date: string, parsed: string | null): string | undefined {
  if (!date) return undefined;
  if (parsed && toDateInput(parsed) === date) return parsed;
  return new Date(`${date}T17:00:00`).toISOString();
}

/** What one review has done so far; it survives errors, so a retry repeats nothing. */
export interface ReviewState {
  /** The client to log for; null until one is found or created. */
  client: ClientSummary | null;
  /** The new client the recipients suggest (named after their business domain). */
  suggestion: { name: string; domain: string } | null;
  busy: boolean;
  /** Indexes of the commitments already logged. */
  logged: Set<number>;
  error?: string;
}

/**
 * "Log and send": logs the chosen commitments not yet logged, for the review's client, creating it
 * first when there is none. Returns true when all are logged; otherwise sets `state.error` and
 * returns false, with what succeeded kept in `state` (the client, the logged indexes). When the
 * recipients turn out to belong to a client already, the review offers that client instead of
 * creating one, and logs nothing until the user confirms.
 */
export async function logChosen(
  options: { site: string; composer: Composer },
  commitments: Commitment[],
  outcome: Extract<ReviewOutcome, { action: 'log-and-send' }>,
  state: ReviewState,
  resolveClient: () => Promise<ClientSummary | null>,
): Promise<boolean> {
  const t = uiText();
  const chosen = commitments
    .map((c, i) => ({ c, i, choice: outcome.choices[i]! }))
    .filter(({ i, choice }) => choice.log && !state.logged.has(i));
  if (chosen.length === 0) return true;
  if (!state.client) {
    const offer = (client: ClientSummary) => {
      state.client = client;
      state.error = t('inpage.review.existingClient', { name: client.name });
      return false;
    };
    const existing = await resolveClient();
    if (existing) return offer(existing);
    const domain = state.suggestion?.domain;
    const people = options.composer
      .recipients()
      .filter((p) => domain && p.address.endsWith(`@${domain}`));
    const created = await sendFromPage('createClient', {
      name: outcome.clientName,
      domains: domain ? [domain] : [],
      contacts: people.map((p) => ({ email: p.address, name: p.name })),
    });
    if (!created.ok) {
      // A recipient may be a contact of a client after all: the background checks every contact.
      const owner = await resolveClient();
      if (owner) return offer(owner);
      state.error = t('inpage.review.createFailed', { error: created.error.message });
      return false;
    }
    state.client = {
      id: created.data.client.id,
      name: created.data.client.name,
      open: 0,
      overdue: 0,
    };
  }
  const source = {
    site: options.site,
    url: location.href.slice(0, 4000),
    threadId: options.composer.threadId(),
    subject: options.composer.subject().slice(0, 1000) || undefined,
  };
  for (const { c, i, choice } of chosen) {
    const due = fromDateInput(choice.dueDate, c.due);
    const result = await sendFromPage('logCommitment', {
      clientId: state.client.id,
      text: c.text.slice(0, 4000),
      action: c.action.slice(0, 1000),
      due,
      dueKind: due ? 'explicit' : c.dueKind,
      source: { ...source, sentence: c.text.slice(0, 4000) },
    });
    if (!result.ok) {
      state.error = t('inpage.review.logFailed', { text: c.text, error: result.error.message });
      return false;
    }
    state.logged.add(i);
  }
  return true;
}
