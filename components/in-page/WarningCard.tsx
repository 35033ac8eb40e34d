import { useEffect, useRef } from 'react';
import type { Finding } from '@/lib/analysis';
import { htmlLangOf, type MessageKey, type T } from '@/lib/i18n/core';
import { cardMessage, fixTitle } from './card-text';
import { fixLabel } from './fix-label';

/** The message key of "why it matters to the client" for each kind of finding. */
const WHY: Record<string, MessageKey> = {
  overpromise: 'inpage.card.why.overpromise',
  'missing-date': 'inpage.card.why.missingDate',
  'vague-date': 'inpage.card.why.vagueDate',
  'past-date': 'inpage.card.why.pastDate',
  'ledger-conflict': 'inpage.card.why.ledgerConflict',
};

export interface WarningCardProps {
  t: T;
  finding: Finding;
  /** Viewport position of the card's top-left corner. */
  left: number;
  top: number;
  /** Moves focus into the card (opened from the keyboard with Alt+Enter, or from the chip's list). */
  focus?: boolean;
  /** The keys that move into the card, as the user's keyboard names them (default "Alt+Enter"). */
  keys?: string;
  onFix(replacement: string): void;
  onIgnore(): void;
  onAllow(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
  /**
   * Whether an event comes from the user; a page's synthetic events press nothing (the shadow root
   * is reachable from the page). Tests substitute their own notion.
   */
  isTrusted?: (event: Event) => boolean;
}

/**
 * The small card on a finding: what is wrong, why it matters to the client, the fixes (each labelled
 * with the text it puts in) and the card's keyboard shortcuts. Buttons keep the editor's focus on
 * mousedown, so a fix edits exactly the text the user was looking at.
 */
export function WarningCard(props: WarningCardProps) {
  const { finding, t } = props;
  const why = WHY[finding.kind];
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.focus) first.current?.focus();
  }, [props.focus, finding]);
  const keep = (event: React.MouseEvent) => event.preventDefault();
  const trusted = props.isTrusted ?? ((event: Event) => event.isTrusted);
  /** Runs `action` for the user's own clicks only. */
  const byUser = (action: () => void) => (event: React.MouseEvent) => {
    if (trusted(event.nativeEvent)) action();
  };
  return (
    <div
      className="kept-card"
      data-severity={finding.severity}
      role="dialog"
      aria-label={t('inpage.card.label')}
      lang={htmlLangOf(t)}
      style={{ left: props.left, top: props.top }}
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={props.onPointerLeave}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && trusted(event.nativeEvent)) props.onClose();
      }}
    >
      <h2>
        <span className="kept-severity">{t(`inpage.severity.${finding.severity}`)}</span> “
        {finding.text}”
      </h2>
      <p>{cardMessage(finding, t)}</p>
      {why && <p className="kept-why">{t(why)}</p>}
      <div className="kept-actions">
        {finding.fixes.map((fix, i) => {
          const label = fixLabel(finding.text, fix.replacement);
          return (
            <button
              key={i}
              ref={i === 0 ? first : undefined}
              type="button"
              className="kept-fix"
              onMouseDown={keep}
              onClick={byUser(() => props.onFix(fix.replacement))}
              title={fixTitle(fix, label, t)}
            >
              {label || t('inpage.card.remove', { text: finding.text.trim() })}
            </button>
          );
        })}
        <button type="button" onMouseDown={keep} onClick={byUser(props.onIgnore)}>
          {t('inpage.card.ignore')}
        </button>
        <button type="button" onMouseDown={keep} onClick={byUser(props.onAllow)}>
          {t('inpage.card.allow')}
        </button>
      </div>
      <p className="kept-shortcuts">
        {props.focus
          ? t('inpage.card.shortcutsInside')
          : t('inpage.card.shortcuts', { keys: props.keys ?? 'Alt+Enter' })}
      </p>
    </div>
  );
}
