import { useRef, useState, type KeyboardEvent } from 'react';
import type { Client } from '../lib/model/entities';
import { ClientPanel } from './ClientPanel';
import { CreateClientCard } from './CreateClientCard';
import { useI18n } from './I18nProvider';

/**
 * The clients of the open thread, one tab each (a thread can involve several), plus an offer to create
 * a client for the addresses Kept does not know. Arrow keys move between tabs (WAI-ARIA tabs pattern).
 */
export function ClientTabs({
  clients,
  now,
  tabId,
  unknown,
  names,
}: {
  clients: Client[];
  now: number;
  tabId?: number;
  unknown: string[];
  names: Record<string, string>;
}) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = clients[Math.min(index, clients.length - 1)]!;
  const onKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = (index + step + clients.length) % clients.length;
    setIndex(next);
    tabs.current[next]?.focus();
  };
  return (
    <>
      {clients.length > 1 && (
        <div
          role="tablist"
          aria-label={t('panel.threadClients')}
          className="kept-tabs"
          onKeyDown={onKey}
        >
          {clients.map((c, i) => (
            <button
              key={c.id}
              ref={(el) => {
                tabs.current[i] = el;
              }}
              type="button"
              role="tab"
              aria-selected={c.id === current.id}
              tabIndex={c.id === current.id ? 0 : -1}
              onClick={() => setIndex(i)}
            >
              {c.name}
            </button>
          ))}
        </div>
      )}
      <div role={clients.length > 1 ? 'tabpanel' : undefined}>
        <ClientPanel clientId={current.id} now={now} tabId={tabId} />
      </div>
      {unknown.length > 0 && (
        <details className="kept-card">
          <summary>{t('panel.unknownCount', { count: unknown.length })}</summary>
          <CreateClientCard addresses={unknown} names={names} onCreated={() => setIndex(0)} />
        </details>
      )}
    </>
  );
}
