import { useId, useRef, useState } from 'react';
import { commitmentTitle, isDated } from '../lib/model/agenda';
import type { Commitment } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { ActionMenu } from './ActionMenu';
import { DropForm } from './DropForm';
import { HistoryList } from './HistoryList';
import { useI18n } from './I18nProvider';
import { RescheduleForm } from './RescheduleForm';
import { useFormatDue } from './use-format-due';

type Mode = 'idle' | 'reschedule' | 'drop';

/** Where a commitment was made: a link back to the thread when its page is known. */
function Source({ commitment }: { commitment: Commitment }) {
  const { t } = useI18n();
  const source = commitment.source;
  if (!source) return null;
  const label = source.subject ?? source.site;
  return (
    <span className="kept-source">
      {t('panel.from')}{' '}
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
    </span>
  );
}

/** The due date as a chip: overdue in the late colour, none when undated. */
function DueChip({ commitment, now }: { commitment: Commitment; now: number }) {
  const { t } = useI18n();
  const day = useFormatDue(now);
  if (!isDated(commitment) || !commitment.due)
    return <span className="kept-chip kept-chip-none">{t('due.none')}</span>;
  const overdue = commitment.dueAt < now;
  return (
    <span className={`kept-chip ${overdue ? 'kept-chip-late' : ''}`}>
      {t(overdue ? 'agenda.overdueChip' : 'panel.due', { date: day(commitment.due) })}
    </span>
  );
}

/**
 * One open commitment read as a task: Done as a checkbox, the action as the title, the due date as a
 * chip, the sentence as a muted quote, and reschedule, drop and history in a menu. `onSettled` runs
 * after an action that moves the item (done, rescheduled, dropped), so the list can move focus on.
 */
export function CommitmentItem({
  commitment,
  now,
  onSettled,
}: {
  commitment: Commitment;
  now: number;
  onSettled?: (commitmentId: string) => void;
}) {
  const { t } = useI18n();
  const titleId = useId();
  const item = useRef<HTMLLIElement>(null);
  const [mode, setMode] = useState<Mode>('idle');
  const [showHistory, setShowHistory] = useState(false);
  const [completing, setCompleting] = useState(false);
  const [error, setError] = useState<string>();
  const title = commitmentTitle(commitment);
  const overdue = commitment.dueAt < now;

  const complete = async () => {
    setCompleting(true);
    setError(undefined);
    const result = await sendMessage('completeCommitment', { commitmentId: commitment.id });
    if (result.ok) onSettled?.(commitment.id);
    else {
      setCompleting(false);
      setError(result.error.message);
    }
  };
  const settled = () => {
    setMode('idle');
    onSettled?.(commitment.id);
  };
  // Cancelling a form goes back to the menu it was opened from.
  const cancel = () => {
    setMode('idle');
    item.current?.querySelector<HTMLElement>('.kept-menu-button')?.focus();
  };

  return (
    <li
      ref={item}
      className={`kept-item kept-task ${overdue ? 'kept-item-late' : ''}`}
      aria-labelledby={titleId}
      data-commitment={commitment.id}
    >
      <div className="kept-task-row">
        <input
          type="checkbox"
          className="kept-task-check"
          aria-label={t('agenda.markDone', { title })}
          checked={completing}
          disabled={completing}
          onChange={() => void complete()}
        />
        <div className="kept-task-body">
          <span id={titleId} className="kept-task-title">
            {title}
          </span>
          <div className="kept-item-meta">
            <DueChip commitment={commitment} now={now} />
            <Source commitment={commitment} />
          </div>
          {title !== commitment.text && <q className="kept-quote">{commitment.text}</q>}
        </div>
        <ActionMenu
          label={t('agenda.more', { title })}
          actions={[
            {
              id: 'reschedule',
              label: t('panel.reschedule'),
              onSelect: () => setMode('reschedule'),
            },
            { id: 'drop', label: t('panel.drop'), onSelect: () => setMode('drop') },
            {
              id: 'history',
              label: t('panel.history'),
              onSelect: () => setShowHistory(!showHistory),
            },
          ]}
        />
      </div>
      {mode === 'reschedule' && (
        <RescheduleForm commitment={commitment} now={now} onDone={cancel} onSaved={settled} />
      )}
      {mode === 'drop' && <DropForm commitment={commitment} onDone={cancel} onSaved={settled} />}
      {showHistory && (
        <HistoryList
          history={commitment.history}
          now={now}
          label={t('panel.historyOf', { text: title })}
        />
      )}
      {error && <p className="kept-warn">{error}</p>}
    </li>
  );
}
