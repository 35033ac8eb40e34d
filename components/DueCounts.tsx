import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { openSidePanel } from '../lib/tab-context/side-panel';
import { useI18n } from './I18nProvider';
import { useDueCounts } from './hooks/live-reads';

/** Overdue and due-today counts across clients, each a link that opens the side panel. */
export function DueCounts({ now }: { now: number }) {
  const { t } = useI18n();
  const counts = useDueCounts(now);
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);
  const open = () => {
    // No await before this: sidePanel.open needs the click's user gesture, hence the id read above.
    void openSidePanel(windowId).then((opened) => opened && window.close());
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
