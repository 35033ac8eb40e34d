import { browser } from 'wxt/browser';
import { useI18n } from './I18nProvider';

/** Shown while the ledger has no client at all: where to add one, or try the sample data. */
export function NoClientsHint() {
  const { t } = useI18n();
  return (
    <p className="kept-hint">
      {t('common.noClients')}{' '}
      <button
        type="button"
        className="kept-link"
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        {t('common.openOptions')}
      </button>
    </p>
  );
}
