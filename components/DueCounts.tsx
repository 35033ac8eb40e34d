import { openSidePanel } from '../lib/context/side-panel';
import { useI18n } from './I18nProvider';
import { useDueCounts } from './use-ledger';

/** Overdue and due-today counts across clients, each a link that opens the side panel. */
export function DueCounts({ now }: { now: number }) {
  const { t } = useI18n();
  const counts = useDueCounts(now);
  const open = () => {
    // Called synchronously in the click: sidePanel.open needs the user's gesture.
    void openSidePanel().then((opened) => opened && window.close());
  };
  if (!counts) return null;
  return (
    <nav className="kept-counts" aria-label={t('popup.countsLabel')}>
      <button
        type="button"
        className={`kept-link ${counts.overdue > 0 ? 'kept-late' : ''}`}
        onClick={open}
      >
        {t('popup.overdue', { count: counts.overdue })}
      </button>
      <button type="button" className="kept-link" onClick={open}>
        {t('popup.dueToday', { count: counts.today })}
      </button>
    </nav>
  );
}
