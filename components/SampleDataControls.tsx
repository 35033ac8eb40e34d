import { useState } from 'react';
import { sendMessage } from '../lib/messaging/client';
import { Confirm } from './Confirm';
import { useI18n } from './I18nProvider';
import { useFormatNumber } from './use-format-number';

type Counts = Record<string, number>;

/** The four counts a sample message names, from a reply's keys (`clients` or `removedClients`, …). */
function named(counts: Counts, prefix = '') {
  const key = (name: string) =>
    prefix ? `${prefix}${name[0]!.toUpperCase()}${name.slice(1)}` : name;
  return {
    clients: counts[key('clients')] ?? 0,
    contacts: counts[key('contacts')] ?? 0,
    goals: counts[key('goals')] ?? 0,
    commitments: counts[key('commitments')] ?? 0,
  };
}

/**
 * Load and remove sample data. Both first ask what removing would remove (a dry run) and confirm
 * with those counts; the result names exactly what was removed, and which sample clients stay
 * because they hold the user's records (docs/ARCHITECTURE.md, "Data that must survive").
 */
export function SampleDataControls({
  onStatus,
}: {
  /** The action's result line; undefined as an action starts, so no earlier line lingers. */
  onStatus: (status?: string) => void;
}) {
  const { t } = useI18n();
  const format = useFormatNumber();
  /** The four counts, formatted in the UI language, for a message. */
  const shown = (counts: ReturnType<typeof named>) => ({
    clients: format(counts.clients),
    contacts: format(counts.contacts),
    goals: format(counts.goals),
    commitments: format(counts.commitments),
  });
  const [plan, setPlan] = useState<{ reload: boolean; removal: Counts }>();
  const [busy, setBusy] = useState(false);

  const kept = (count: number, key: 'samplesKept' | 'samplesKeptWarning') =>
    count > 0 ? ` ${t(`options.data.${key}`, { count })}` : '';

  const load = async () => {
    const result = await sendMessage('loadSampleData', {});
    if (!result.ok) return onStatus(result.error.message);
    const removed = named(result.data, 'removed');
    const parts = [
      ...(removed.clients + removed.contacts + removed.goals + removed.commitments > 0
        ? [t('options.data.samplesRemoved', shown(removed))]
        : []),
      t('options.data.samplesLoaded', shown(named(result.data))),
    ];
    onStatus(parts.join(' ') + kept(result.data.keptClients ?? 0, 'samplesKept'));
  };
  const remove = async () => {
    const result = await sendMessage('removeSampleData', {});
    if (!result.ok) return onStatus(result.error.message);
    const removed = named(result.data);
    onStatus(
      t('options.data.samplesRemoved', shown(removed)) +
        kept(result.data.keptClients ?? 0, 'samplesKept'),
    );
  };

  /** Counts what removing would remove; asks only when there is something to remove or keep. */
  const ask = async (reload: boolean) => {
    onStatus(undefined);
    setBusy(true);
    try {
      const preview = await sendMessage('removeSampleData', { dryRun: true });
      if (!preview.ok) return onStatus(preview.error.message);
      const { clients, contacts, goals, commitments } = named(preview.data);
      const something = clients + contacts + goals + commitments + (preview.data.keptClients ?? 0);
      if (something > 0) return setPlan({ reload, removal: preview.data });
      if (reload) await load();
      else onStatus(t('options.data.noSamples'));
    } finally {
      setBusy(false);
    }
  };
  const confirm = async () => {
    const reload = plan?.reload;
    setPlan(undefined);
    setBusy(true);
    try {
      await (reload ? load() : remove());
    } finally {
      setBusy(false);
    }
  };

  if (plan)
    return (
      <Confirm
        message={
          t(
            `options.data.${plan.reload ? 'reloadSamplesWarning' : 'removeSamplesWarning'}`,
            shown(named(plan.removal)),
          ) + kept(plan.removal.keptClients ?? 0, 'samplesKeptWarning')
        }
        confirmLabel={t(
          `options.data.${plan.reload ? 'reloadSamplesConfirm' : 'removeSamplesConfirm'}`,
        )}
        onConfirm={() => void confirm()}
        onCancel={() => setPlan(undefined)}
      />
    );
  return (
    <div className="kept-row">
      <button type="button" disabled={busy} onClick={() => void ask(true)}>
        {t('options.data.loadSamples')}
      </button>
      <button type="button" disabled={busy} onClick={() => void ask(false)}>
        {t('options.data.removeSamples')}
      </button>
    </div>
  );
}
