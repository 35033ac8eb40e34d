import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import { BUILT_IN_HOSTS } from '../lib/sites/hosts';
import { EnabledSites } from './EnabledSites';
import { useI18n } from './I18nProvider';

/** The sites Kept is built to run on, each with the hosts its content scripts match. */
const BUILT_IN_SITES = [
  { id: 'gmail', name: 'Gmail', host: 'mail.google.com' },
  ...Object.entries(BUILT_IN_HOSTS).map(([id, site]) => ({
    id,
    name: site.name,
    host: site.hosts.map((h) => (h.startsWith('.') ? `*${h}` : h)).join(', '),
  })),
];

/** What the site adapters record when they skip a field (written by lib/sites, key 'kept:diagnostics'). */
const diagnosticsSchema = z.record(
  z.string(),
  z.object({
    updated: z.string(),
    reasons: z.array(z.object({ reason: z.string(), count: z.number(), last: z.string() })),
  }),
);
type Diagnostics = z.infer<typeof diagnosticsSchema>;
const DIAGNOSTICS_KEY = 'kept:diagnostics';

function useDiagnostics(): Diagnostics {
  const [value, setValue] = useState<Diagnostics>({});
  useEffect(() => {
    const read = (raw: unknown) => setValue(diagnosticsSchema.safeParse(raw).data ?? {});
    void browser.storage.local.get(DIAGNOSTICS_KEY).then((all) => read(all[DIAGNOSTICS_KEY]));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && DIAGNOSTICS_KEY in changes) read(changes[DIAGNOSTICS_KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  return value;
}

/** The sites Kept runs on, and why it skipped anything there (diagnostics, when there are any). */
export function SitesSettings() {
  const { t } = useI18n();
  const id = useId();
  const diagnostics = useDiagnostics();
  return (
    <section className="kept-card" id="sites" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.sites.heading')}</h2>
      <p>{t('options.sites.intro')}</p>
      <ul className="kept-list">
        {BUILT_IN_SITES.map((site) => (
          <li key={site.id} className="kept-item">
            <strong>{site.name}</strong> <span className="kept-muted">{site.host}</span>{' '}
            <span className="kept-tag">{t('options.sites.builtIn')}</span>
            <ul
              className="kept-plain kept-diagnostics"
              aria-label={t('options.sites.diagnostics', { site: site.name })}
            >
              {(diagnostics[site.id]?.reasons ?? []).slice(0, 5).map((r) => (
                <li key={r.reason} className="kept-muted">
                  {t('options.sites.skipped', { reason: r.reason, count: r.count })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <EnabledSites />
      <p className="kept-muted">{t('options.sites.privacy')}</p>
    </section>
  );
}
