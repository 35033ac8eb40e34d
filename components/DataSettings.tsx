import { useId, useState } from 'react';
import { sendMessage } from '../lib/messaging/client';
import { Confirm } from './Confirm';
import { downloadText } from './download';
import { useI18n } from './I18nProvider';
import { ImportData } from './ImportData';
import { SampleDataControls } from './SampleDataControls';

/**
 * Export (JSON, iCalendar, CSV), import, sample data, and deleting everything after a confirmation.
 * One result line for every action, replaced by the next (cleared as an action starts).
 */
export function DataSettings() {
  const { t } = useI18n();
  const id = useId();
  const [status, setStatus] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const report = (result: { ok: true } | { ok: false; error: { message: string } }, done: string) =>
    setStatus(result.ok ? done : result.error.message);

  const exportJson = async () => {
    setStatus(undefined);
    const result = await sendMessage('exportData', {});
    const filename = `kept-backup-${new Date().toISOString().slice(0, 10)}.json`;
    if (result.ok) downloadText(result.data.json, filename, 'application/json');
    report(result, t('options.data.exportedFile', { file: filename }));
  };
  const exportOpen = async (format: 'ics' | 'csv') => {
    setStatus(undefined);
    const result = await sendMessage('exportOpenCommitments', { format });
    if (!result.ok) return report(result, '');
    downloadText(
      result.data.text,
      result.data.filename,
      format === 'ics' ? 'text/calendar' : 'text/csv;charset=utf-8',
    );
    report(result, t('options.data.exportedFile', { file: result.data.filename }));
  };
  const deleteAll = async () => {
    setConfirming(false);
    setStatus(undefined);
    report(await sendMessage('deleteAllData', {}), t('options.data.deleted'));
  };

  return (
    <section className="kept-card" id="data" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('options.data.heading')}</h2>
      <p className="kept-muted">{t('options.data.local')}</p>
      <h3>{t('options.data.export')}</h3>
      <div className="kept-row">
        <button type="button" onClick={exportJson}>
          {t('options.data.exportJson')}
        </button>
        <button type="button" onClick={() => exportOpen('ics')}>
          {t('options.data.exportIcs')}
        </button>
        <button type="button" onClick={() => exportOpen('csv')}>
          {t('options.data.exportCsv')}
        </button>
      </div>
      <ImportData onStatus={setStatus} />
      <h3>{t('options.data.samples')}</h3>
      <SampleDataControls onStatus={setStatus} />
      <h3>{t('options.data.deleteHeading')}</h3>
      {confirming ? (
        <Confirm
          message={t('options.data.deleteWarning')}
          confirmLabel={t('options.data.deleteConfirm')}
          onConfirm={deleteAll}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button type="button" className="kept-danger" onClick={() => setConfirming(true)}>
          {t('options.data.deleteAll')}
        </button>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
