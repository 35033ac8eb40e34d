import { useId, useState, type ChangeEvent } from 'react';
import type { ImportReport } from '../lib/model/import-report';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';

/** What the dry run (or the import) found: counts, and each problem with its path and reason. */
function ReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const counts = report.counts;
  return (
    <div className="kept-import-report" role="region" aria-label={t('options.data.importReport')}>
      <p className={report.valid ? 'kept-ok' : 'kept-warn'}>{report.message}</p>
      <p className="kept-muted">{t('options.data.importCounts', { ...counts })}</p>
      {report.problems.length > 0 && (
        <>
          <p>{t('options.data.problems', { count: report.problemCount })}</p>
          <ul className="kept-problems">
            {report.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path || '/'}</code> {p.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** Import a backup: a dry-run report first; nothing is written until the user confirms a valid file. */
export function ImportData() {
  const { t } = useI18n();
  const id = useId();
  const [json, setJson] = useState<string>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setReport(undefined);
    setError(undefined);
    if (!file) return;
    const text = await file.text();
    setJson(text);
    const result = await sendMessage('previewImport', { json: text });
    if (result.ok) setReport(result.data);
    else setError(result.error.message);
  };
  const confirm = async () => {
    if (!json) return;
    const result = await sendMessage('importData', { json });
    if (result.ok) setReport(result.data);
    else setError(result.error.message);
    setJson(undefined);
  };

  return (
    <div className="kept-subsection">
      <h3>{t('options.data.import')}</h3>
      <label htmlFor={id}>{t('options.data.chooseFile')}</label>{' '}
      <input id={id} type="file" accept=".json,application/json" onChange={choose} />
      {report && <ReportView report={report} />}
      {report?.valid && !report.written && json && (
        <button type="button" className="kept-primary" onClick={confirm}>
          {t('options.data.confirmImport')}
        </button>
      )}
      {error && <p className="kept-warn">{error}</p>}
    </div>
  );
}
