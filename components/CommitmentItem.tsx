import { useState } from 'react';
import { NO_DUE_AT, type Commitment } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
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

/** One open commitment with its due date, where it was made, history, and done/reschedule/drop. */
export function CommitmentItem({ commitment, now }: { commitment: Commitment; now: number }) {
  const { t } = useI18n();
  const day = useFormatDue(now);
  const [mode, setMode] = useState<Mode>('idle');
  const [showHistory, setShowHistory] = useState(false);
  const [error, setError] = useState<string>();
  const overdue = commitment.dueAt < now;
  const dated = commitment.dueAt !== NO_DUE_AT && commitment.due;

  const complete = async () => {
    const result = await sendMessage('completeCommitment', { commitmentId: commitment.id });
    if (!result.ok) setError(result.error.message);
  };

  return (
    <li className={`kept-item ${overdue ? 'kept-item-late' : ''}`} aria-label={commitment.text}>
      <div className="kept-item-text">{commitment.text}</div>
      <div className="kept-item-meta">
        <span className={overdue ? 'kept-late' : ''}>
          {dated
            ? t(overdue ? 'panel.wasDue' : 'panel.due', { date: day(commitment.due!) })
            : t('due.none')}
        </span>
        <Source commitment={commitment} />
      </div>
      {mode === 'idle' && (
        <div className="kept-row" role="group" aria-label={t('panel.actions')}>
          <button type="button" onClick={complete}>
            {t('panel.done')}
          </button>
          <button type="button" onClick={() => setMode('reschedule')}>
            {t('panel.reschedule')}
          </button>
          <button type="button" onClick={() => setMode('drop')}>
            {t('panel.drop')}
          </button>
          <button
            type="button"
            aria-expanded={showHistory}
            onClick={() => setShowHistory(!showHistory)}
          >
            {t('panel.history')}
          </button>
        </div>
      )}
      {mode === 'reschedule' && (
        <RescheduleForm commitment={commitment} now={now} onDone={() => setMode('idle')} />
      )}
      {mode === 'drop' && <DropForm commitment={commitment} onDone={() => setMode('idle')} />}
      {showHistory && (
        <HistoryList
          history={commitment.history}
          now={now}
          label={t('panel.historyOf', { text: commitment.text })}
        />
      )}
      {error && <p className="kept-warn">{error}</p>}
    </li>
  );
}
