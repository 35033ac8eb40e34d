import { SendReview, type ReviewOutcome } from '@/components/SendReview';
import type { Commitment } from '../../analysis';
import { sendMessage } from '../../messaging/client';
import { mountShadowUi, type ShadowUi, type UiContext } from '../../dom/shadow-ui';
import type { Composer } from '../types';
import type { DraftAnalysis, LiveFinding } from './draft-analysis';
import { newClientFrom, type ClientSummary } from './services';
import { uiText } from './ui-text';

export interface ReviewOptions {
  ctx: UiContext;
  site: string;
  composer: Composer;
  signal: AbortSignal;
  analysis(): DraftAnalysis;
  client(): ClientSummary | null;
  /** Selects a warning's text in the editor (the review closed first). */
  jump(item: LiveFinding): void;
  /** Called after commitments were logged (counts changed). */
  logged(): void;
}

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

/**
 * The review before Send (issue 6, part 3). Returns a function the send guard calls; it resolves
 * true to let the held Send through, false to go back to editing.
 */
export function createReview(options: ReviewOptions): () => Promise<boolean> {
  let ui: Promise<ShadowUi | null> | undefined;
  const mount = () =>
    (ui ??= mountShadowUi({
      ctx: options.ctx,
      name: 'kept-review',
      anchor: document.body,
      append: 'last',
      signal: options.signal,
      isolateEvents: true,
    }));

  return () =>
    new Promise<boolean>((resolve) => {
      const draft = options.analysis();
      const client = options.client();
      const people = options.composer.recipients();
      const suggestion = client ? null : newClientFrom(people);
      const show = (error?: string) =>
        void mount().then((mounted) =>
          mounted?.render(
            <SendReview
              t={uiText()}
              key={error ? 'error' : 'review'}
              warnings={draft.findings.map((f) => f.finding)}
              commitments={draft.commitments.map((c) => ({
                text: c.text,
                dueDate: toDateInput(c.due),
              }))}
              clientName={client?.name ?? suggestion?.name ?? ''}
              isNewClient={!client}
              error={error}
              onJump={(i) => {
                finish(false);
                options.jump(draft.findings[i]!);
              }}
              onDone={(outcome) => void decide(outcome)}
            />,
          ),
        );
      const finish = (send: boolean) => {
        void mount().then((mounted) => mounted?.render(null));
        resolve(send);
      };
      const decide = async (outcome: ReviewOutcome) => {
        if (outcome.action === 'back') options.composer.body.focus({ preventScroll: true });
        if (outcome.action !== 'log-and-send') return finish(outcome.action === 'send');
        const error = await logAll(options, draft.commitments, outcome, client, suggestion?.domain);
        if (error) return show(error);
        options.logged();
        finish(true);
      };
      show();
    });
}

/** Logs the chosen commitments (creating the client first if needed); returns an error to show. */
async function logAll(
  options: ReviewOptions,
  commitments: Commitment[],
  outcome: Extract<ReviewOutcome, { action: 'log-and-send' }>,
  client: ClientSummary | null,
  domain: string | undefined,
): Promise<string | undefined> {
  const chosen = commitments
    .map((c, i) => ({ c, choice: outcome.choices[i]! }))
    .filter(({ choice }) => choice.log);
  if (chosen.length === 0) return undefined;
  let clientId = client?.id;
  if (!clientId) {
    const people = options.composer
      .recipients()
      .filter((p) => domain && p.address.endsWith(`@${domain}`));
    const created = await sendMessage('createClient', {
      name: outcome.clientName,
      domains: domain ? [domain] : [],
      contacts: people.map((p) => ({ email: p.address, name: p.name })),
    });
    if (!created.ok)
      return uiText()('inpage.review.createFailed', { error: created.error.message });
    clientId = created.data.client.id;
  }
  const source = {
    site: options.site,
    url: location.href.slice(0, 4000),
    threadId: options.composer.threadId(),
    subject: options.composer.subject().slice(0, 1000) || undefined,
  };
  for (const { c, choice } of chosen) {
    const due = fromDateInput(choice.dueDate, c.due);
    const result = await sendMessage('logCommitment', {
      clientId,
      text: c.text.slice(0, 4000),
      action: c.action.slice(0, 1000),
      due,
      dueKind: due ? 'explicit' : c.dueKind,
      source: { ...source, sentence: c.text.slice(0, 4000) },
    });
    if (!result.ok)
      return uiText()('inpage.review.logFailed', { text: c.text, error: result.error.message });
  }
  return undefined;
}
