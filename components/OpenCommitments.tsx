import { useId, useRef } from 'react';
import { DUE_GROUPS, groupByDue, type DueGroup } from '../lib/model/agenda';
import type { Commitment } from '../lib/model/entities';
import type { MessageKey } from '../lib/i18n';
import { CommitmentItem } from './CommitmentItem';
import { useI18n } from './I18nProvider';

const GROUP_KEYS: Record<DueGroup, MessageKey> = {
  overdue: 'agenda.overdue',
  thisWeek: 'agenda.thisWeek',
  later: 'agenda.later',
};

/**
 * A client's open commitments as a to-do list in three groups (overdue, this week, later), each a
 * headed list. After an item is done, moved or dropped, focus goes to the next item (else the one
 * before, else the heading), so a keyboard user goes on down the list.
 */
export function OpenCommitments({
  open,
  now,
  weekEnd,
  headingId,
}: {
  open: readonly Commitment[];
  now: number;
  weekEnd: number;
  /** The id of the section's heading, focused when the last item goes. */
  headingId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const groups = groupByDue(open, now, weekEnd);
  const order = DUE_GROUPS.flatMap((g) => groups[g].map((c) => c.id));

  const moveOn = (commitmentId: string) => {
    const at = order.indexOf(commitmentId);
    const next = order[at + 1] ?? order[at - 1];
    const target = next
      ? root.current?.querySelector<HTMLElement>(
          // Record ids are letters, digits, - and _ (lib/model/entities): safe in a selector.
          `[data-commitment="${next}"] input[type="checkbox"]`,
        )
      : document.getElementById(headingId);
    target?.focus();
  };

  return (
    <div ref={root} className="kept-groups">
      {DUE_GROUPS.filter((g) => groups[g].length > 0).map((g) => (
        <section key={g} className={`kept-group kept-group-${g}`} aria-labelledby={`${id}-${g}`}>
          <h4 id={`${id}-${g}`}>
            {t(GROUP_KEYS[g])} <span className="kept-count">{groups[g].length}</span>
          </h4>
          <ul className="kept-list" aria-label={t(GROUP_KEYS[g])}>
            {groups[g].map((c) => (
              <CommitmentItem key={c.id} commitment={c} now={now} onSettled={moveOn} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
