import { useEffect, useRef, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { FindingKind, Severity } from '@/lib/analysis';
import { htmlLangOf, type T } from '@/lib/i18n/core';
import { cardMessage } from './card-text';

/** One warning as the list shows it: the flagged words and the rule's message. */
export interface FindingsPanelItem {
  text: string;
  message: string;
  severity: Severity;
  /** The finding's kind: its explanation stands in for a message not in the UI language. */
  kind?: FindingKind;
}

export interface FindingsPanelProps {
  t: T;
  findings: FindingsPanelItem[];
  /** Viewport position: the panel's left edge, and its top or (above the chip) its bottom. */
  left: number;
  top?: number;
  bottom?: number;
  /** Opens the chosen warning's card. */
  onChoose(index: number): void;
  /** Closes the list (Escape); focus goes back to the chip. */
  onClose(): void;
  /** Whether an event comes from the user (the page can reach the shadow root). Tests inject it. */
  isTrusted?: (event: Event) => boolean;
}

/** Flagged words longer than this are cut, so one long finding does not fill the list. */
const EXCERPT_MAX = 60;
const excerpt = (text: string) =>
  text.length <= EXCERPT_MAX ? text.trim() : `${text.slice(0, EXCERPT_MAX - 1).trim()}…`;

/**
 * The draft's warnings, opened from the chip's counts (Grammarly's badge opens its list): each
 * warning's words and message; choosing one opens its card. Focus starts on the first; the arrow keys
 * move through the list, Escape closes it. Only the user's own events act.
 */
export function FindingsPanel(props: FindingsPanelProps) {
  const { t } = props;
  const list = useRef<HTMLUListElement>(null);
  const trusted = props.isTrusted ?? ((event: Event) => event.isTrusted);
  const byUser =
    <E extends SyntheticEvent>(action: (event: E) => void) =>
    (event: E) => {
      if (trusted(event.nativeEvent)) action(event);
    };
  useEffect(() => {
    list.current?.querySelector('button')?.focus();
  }, []);
  const move = (event: KeyboardEvent<HTMLElement>) => {
    const buttons = [...event.currentTarget.querySelectorAll('button')];
    const at = buttons.indexOf(event.target as HTMLButtonElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onClose();
    } else if (step && buttons.length > 0) {
      event.preventDefault();
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
    }
  };
  return (
    <div
      className="kept-findings"
      role="dialog"
      aria-label={t('inpage.findings.label')}
      lang={htmlLangOf(t)}
      style={{ left: props.left, top: props.top, bottom: props.bottom }}
      onKeyDown={(event) => {
        if (trusted(event.nativeEvent)) move(event);
      }}
    >
      <p className="kept-hint">{t('inpage.findings.hint')}</p>
      <ul ref={list}>
        {props.findings.map((f, i) => (
          <li key={i} data-severity={f.severity}>
            <button type="button" onClick={byUser(() => props.onChoose(i))}>
              <span className="kept-severity">{t(`inpage.severity.${f.severity}`)}</span>{' '}
              <strong>“{excerpt(f.text)}”</strong>{' '}
              <span className="kept-message">{cardMessage(f, t)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
