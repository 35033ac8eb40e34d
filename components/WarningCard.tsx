import { useEffect, useRef } from 'react';
import type { Finding } from '@/lib/analysis';

/** Why each kind of finding matters to the client, shown under what is wrong. */
const WHY: Record<string, string> = {
  overpromise:
    'Clients plan around what you promise. If it slips, they remember the promise, not the reason.',
  'missing-date':
    'Without a date the client picks one in their head, usually sooner than you meant.',
  'vague-date':
    'Vague timing means something different to each side; a date can be planned and kept.',
  'past-date': 'That date has already passed; the client will read it as late or careless.',
  'ledger-conflict':
    'You already gave this client another date for this; two dates for one promise cost trust.',
};

export interface WarningCardProps {
  finding: Finding;
  /** Viewport position of the card's top-left corner. */
  left: number;
  top: number;
  /** Moves focus into the card (opened from the keyboard with Alt+Enter). */
  focus?: boolean;
  onFix(replacement: string): void;
  onIgnore(): void;
  onAllow(): void;
  onClose(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

/**
 * The small card on a finding: what is wrong, why it matters to the client, and the fixes. Buttons
 * keep the editor's focus on mousedown, so a fix edits exactly the text the user was looking at.
 */
export function WarningCard(props: WarningCardProps) {
  const { finding } = props;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.focus) first.current?.focus();
  }, [props.focus, finding]);
  const keep = (event: React.MouseEvent) => event.preventDefault();
  return (
    <div
      className="kept-card"
      role="dialog"
      aria-label="Kept warning"
      style={{ left: props.left, top: props.top }}
      onMouseEnter={props.onPointerEnter}
      onMouseLeave={props.onPointerLeave}
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <h2>“{finding.text}”</h2>
      <p>{finding.message}</p>
      <p className="kept-why">{WHY[finding.kind] ?? ''}</p>
      <div className="kept-actions">
        {finding.fixes.map((fix, i) => (
          <button
            key={fix.label}
            ref={i === 0 ? first : undefined}
            type="button"
            className="kept-fix"
            onMouseDown={keep}
            onClick={() => props.onFix(fix.replacement)}
            title={`Replace with “${fix.replacement}”`}
          >
            {fix.label}
          </button>
        ))}
        <button type="button" onMouseDown={keep} onClick={props.onIgnore}>
          Ignore here
        </button>
        <button type="button" onMouseDown={keep} onClick={props.onAllow}>
          Always allow this phrase
        </button>
      </div>
    </div>
  );
}
