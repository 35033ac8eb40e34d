import { commitmentTitle } from '../lib/model/agenda';
import type { Commitment } from '../lib/model/entities';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';
import { useFormatDue } from './use-format-due';

/**
 * Commitments completed lately, newest first, titled by their action (the sentence as a quote), each
 * marked on time or late, with Reopen as an undo.
 */
export function DoneList({ done, now }: { done: readonly Commitment[]; now: number }) {
  const { t } = useI18n();
  const day = useFormatDue(now);
  if (done.length === 0) return <p className="kept-muted">{t('panel.noneDone')}</p>;
  // The history keeps the reopening, so an accidental "Done" leaves an honest trace.
  const reopen = (c: Commitment) =>
    void sendMessage('reopenCommitment', { commitmentId: c.id, reason: '' });
  return (
    <ul className="kept-list" aria-label={t('panel.recentlyDone')}>
      {done.map((c) => {
        const onTime = (c.completedAt ?? 0) <= c.dueAt;
        const title = commitmentTitle(c);
        return (
          <li key={c.id} className="kept-item kept-item-done">
            <div className="kept-task-title">{title}</div>
            {title !== c.text && <q className="kept-quote">{c.text}</q>}
            <div className="kept-item-meta">
              {t(onTime ? 'panel.doneOnTime' : 'panel.doneLate', { date: day(c.completed!) })}
              <button
                type="button"
                className="kept-link"
                aria-label={t('panel.reopenOf', { text: title })}
                onClick={() => reopen(c)}
              >
                {t('panel.reopen')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
