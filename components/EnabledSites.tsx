import { useEffect, useState } from 'react';
import { disableSite, enabledSites } from '../lib/site-access';
import { useI18n } from './I18nProvider';

/** The options page's list of sites the user turned Kept on for, each with "Turn off". */
export function EnabledSites() {
  const { t } = useI18n();
  const [sites, setSites] = useState<string[] | null>(null);
  const reload = () => void enabledSites().then(setSites, () => setSites([]));
  useEffect(reload, []);
  if (!sites) return null;
  return (
    <>
      <h3>{t('siteAccess.enabledHeading')}</h3>
      {sites.length === 0 ? (
        <p className="kept-muted">{t('siteAccess.none')}</p>
      ) : (
        <ul className="kept-list" aria-label={t('siteAccess.enabledHeading')}>
          {sites.map((pattern) => (
            <li key={pattern} className="kept-item">
              <code>{pattern}</code>{' '}
              <button type="button" onClick={() => void disableSite(pattern).finally(reload)}>
                {t('siteAccess.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
