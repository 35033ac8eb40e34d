import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { keepFocusInside } from '@/lib/dom/focus-trap';
import type { FindingKind, Severity } from '@/lib/analysis';
import { htmlLangOf, type T } from '@/lib/i18n/core';
import { cardMessage } from './card-text';
import { DueField } from './DueField';

/** A commitment as the review shows it: its sentence and the parsed due date (`YYYY-MM-DD`, or ''). */
export interface ReviewCommitment {
  text: string;
  dueDate: string;
  /**
   * Whether it is something to deliver (lib/in-page/review-items): only deliverables start ticked, so
   * "I guarantee it will be perfect" is not logged unless the user ticks it. Default true.
   */
  deliverable?: boolean;
}

/** A warning as the review lists it; warnings of one `group` (a sentence) read as one problem. */
export interface ReviewWarning {
  text: string;
  message: string;
  severity: Severity;
  /** The finding's kind: its explanation stands in for a message not in the UI language. */
  kind?: FindingKind;
  /** The sentence the warning is in, shown once above its group's warnings ('' for none). */
  sentence?: string;
  /** The group (sentence) key; a warning without one is a group of its own. */
  group?: number;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Long sentences are quoted up to this many characters. */
const SENTENCE_MAX = 160;
const excerpt = (text: string) =>
  text.length <= SENTENCE_MAX ? text : `${text.slice(0, SENTENCE_MAX - 1).trimEnd()}…`;

/** Warnings grouped by sentence, in order of first appearance, each with its index in the list. */
function groupWarnings(warnings: ReviewWarning[]) {
  const groups: {
    sentence: string;
    severity: Severity;
    items: (ReviewWarning & { i: number })[];
  }[] = [];
  const byKey = new Map<number, (typeof groups)[number]>();
  warnings.forEach((w, i) => {
    const key = w.group;
    let group = key === undefined ? undefined : byKey.get(key);
    if (!group) {
      group = { sentence: w.sentence ?? '', severity: w.severity, items: [] };
      groups.push(group);
      if (key !== undefined) byKey.set(key, group);
    }
    if (RANK[w.severity] > RANK[group.severity]) group.severity = w.severity;
    group.items.push({ ...w, i });
  });
  return groups;
}

/** What the user decided for each commitment. */
export interface ReviewChoice {
  log: boolean;
  dueDate: string;
}

export type ReviewOutcome =
  | { action: 'log-and-send'; choices: ReviewChoice[]; clientName: string }
  | { action: 'send' }
  | { action: 'back' };

export interface SendReviewProps {
  t: T;
  warnings: ReviewWarning[];
  commitments: ReviewCommitment[];
  /** The client the recipients resolved to, or the name suggested for a new one. */
  clientName: string;
  isNewClient: boolean;
  /** Shown when logging failed (the dialog stays open so nothing is lost). */
  error?: string;
  /** Logging is under way: every control waits, so nothing is pressed twice. */
  busy?: boolean;
  /** Per commitment, whether it is logged already (a retry skips it). */
  logged?: boolean[];
  /**
   * Whether an event comes from the user; a page's synthetic events press nothing (the shadow root
   * is reachable from the page). Tests substitute their own notion.
   */
  isTrusted?: (event: Event) => boolean;
  onJump(index: number): void;
  onDone(outcome: ReviewOutcome): void;
}

/**
 * Kept's review before Send: the open warnings grouped by sentence (each jumps to its place) and the
 * commitments found, each with its due date and a checkbox to log it for the client (deliverables
 * start ticked; "Log all" and "Log none" set every tick). An accessible modal dialog named
 * "Kept"; Escape goes back to editing. Its state (ticks, dates, the client's name) lives as long as the
 * review, across errors.
 */
export function SendReview(props: SendReviewProps) {
  const [choices, setChoices] = useState<ReviewChoice[]>(() =>
    props.commitments.map((c) => ({ log: c.deliverable !== false, dueDate: c.dueDate })),
  );
  const [clientName, setClientName] = useState(props.clientName);
  const primary = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  // Focus starts on "Log and send", or on the safe "Back to editing" when there is nothing to log.
  useEffect(() => (primary.current ?? back.current)?.focus(), []);
  const change = (i: number, patch: Partial<ReviewChoice>) =>
    setChoices((all) => all.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const { t, busy = false, logged = [] } = props;
  /** Ticks every commitment not logged yet, or none. */
  const tickAll = (log: boolean) =>
    setChoices((all) => all.map((c, j) => (logged[j] ? c : { ...c, log })));
  const trusted = props.isTrusted ?? ((event: Event) => event.isTrusted);
  /** Runs `action` for the user's own events only. */
  const byUser =
    <E extends SyntheticEvent>(action: (event: E) => void) =>
    (event: E) => {
      if (trusted(event.nativeEvent)) action(event);
    };
  const logging = choices.some((c, i) => c.log && !logged[i]);
  const canLog = !logging || !props.isNewClient || clientName.trim().length > 0;
  const label = props.isNewClient
    ? t('inpage.review.logForNew')
    : t('inpage.review.logFor', { name: props.clientName });

  return (
    <div className="kept-backdrop">
      <div
        className="kept-review"
        role="dialog"
        aria-modal="true"
        aria-label="Kept"
        lang={htmlLangOf(t)}
        aria-busy={busy}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && !busy && trusted(event.nativeEvent))
            props.onDone({ action: 'back' });
          if (event.key === 'Tab') keepFocusInside(event.nativeEvent, event.currentTarget);
        }}
      >
        <h2>{t('inpage.review.title')}</h2>
        {props.warnings.length > 0 && (
          <section aria-label={t('inpage.review.warnings')}>
            <h3>{t('inpage.review.openWarnings')}</h3>
            <ul>
              {groupWarnings(props.warnings).map((group) => (
                <li key={group.items[0]!.i} data-severity={group.severity}>
                  {group.sentence && <q className="kept-sentence">{excerpt(group.sentence)}</q>}
                  <ul className="kept-group">
                    {group.items.map((w) => (
                      <li key={w.i} data-severity={w.severity}>
                        <span className="kept-severity">{t(`inpage.severity.${w.severity}`)}</span>{' '}
                        <button
                          type="button"
                          className="kept-link"
                          disabled={busy}
                          onClick={byUser(() => props.onJump(w.i))}
                        >
                          “{w.text}”
                        </button>{' '}
                        — {cardMessage(w, t)}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        )}
        {props.commitments.length > 0 && (
          <section aria-label={t('inpage.review.commitments')}>
            <h3>{t('inpage.review.inThisMessage')}</h3>
            {props.isNewClient && (
              <label>
                {t('inpage.review.newClient')}
                <input
                  value={clientName}
                  disabled={busy}
                  onChange={byUser((e) => setClientName(e.target.value))}
                />
              </label>
            )}
            {props.commitments.length > 1 && (
              <div className="kept-actions kept-tick-all">
                <button type="button" disabled={busy} onClick={byUser(() => tickAll(true))}>
                  {t('inpage.review.logAll')}
                </button>
                <button type="button" disabled={busy} onClick={byUser(() => tickAll(false))}>
                  {t('inpage.review.logNone')}
                </button>
              </div>
            )}
            <ul>
              {props.commitments.map((c, i) => (
                <li key={i} data-deliverable={c.deliverable !== false}>
                  <div>{c.text}</div>
                  {c.deliverable === false && (
                    <p className="kept-note">{t('inpage.review.notDeliverable')}</p>
                  )}
                  <label>
                    {t('inpage.review.due')}
                    <DueField
                      t={t}
                      label={t('inpage.review.dueOf', { text: c.text })}
                      value={choices[i]!.dueDate}
                      disabled={busy || logged[i]}
                      isTrusted={trusted}
                      onChange={(dueDate) => change(i, { dueDate })}
                    />
                  </label>
                  <label>
                    <input
                      type="checkbox"
                      checked={choices[i]!.log || !!logged[i]}
                      disabled={busy || logged[i]}
                      onChange={byUser((e) => change(i, { log: e.target.checked }))}
                    />
                    {logged[i] ? t('inpage.review.logged') : label}
                  </label>
                </li>
              ))}
            </ul>
          </section>
        )}
        {props.error && (
          <p className="kept-error" role="alert">
            {props.error}
          </p>
        )}
        <div className="kept-actions">
          <button
            ref={back}
            type="button"
            disabled={busy}
            onClick={byUser(() => props.onDone({ action: 'back' }))}
          >
            {t('inpage.review.back')}
          </button>
          <button
            type="button"
            disabled={busy}
            onClick={byUser(() => props.onDone({ action: 'send' }))}
          >
            {t('inpage.review.sendAnyway')}
          </button>
          {props.commitments.length > 0 && (
            <button
              ref={primary}
              type="button"
              className="kept-primary"
              disabled={busy || !canLog}
              onClick={byUser(() =>
                props.onDone({ action: 'log-and-send', choices, clientName: clientName.trim() }),
              )}
            >
              {t('inpage.review.logAndSend')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
