import { useEffect, useId, useState, type ChangeEvent } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey, T } from '../lib/i18n';
import {
  IMPORT_PROGRESS_KEY,
  importProgressSchema,
  type FileKind,
  type ImportCounts,
  type ImportProgress,
  type ImportReport,
} from '../lib/model/import-report';
import { sendMessage } from '../lib/messaging/client';
import { useI18n } from './I18nProvider';
import { useFormatNumber } from './use-format-number';

/** The counts of a report, each formatted in the UI language ("40,000"). */
function formatCounts(counts: ImportCounts, format: (n: number) => string) {
  const { clients, contacts, goals, commitments, recordLinks } = counts;
  return {
    clients: format(clients),
    contacts: format(contacts),
    goals: format(goals),
    commitments: format(commitments),
    recordLinks: format(recordLinks),
  };
}

/** "This is not a Kept backup: it looks like …", per kind of file. */
const NOT_BACKUP = {
  csv: 'options.data.notBackup.csv',
  ical: 'options.data.notBackup.ical',
  html: 'options.data.notBackup.html',
  xml: 'options.data.notBackup.xml',
  json: 'options.data.notBackup.json',
  text: 'options.data.notBackup.text',
  empty: 'options.data.notBackup.empty',
} as const satisfies Record<FileKind, MessageKey>;

/** The report's one sentence, in the UI language (the background's English `message` as a fallback). */
export function reportSentence(report: ImportReport, t: T, format: (n: number) => string): string {
  const counts = formatCounts(report.counts, format);
  switch (report.outcome) {
    case 'notBackup':
      return t(NOT_BACKUP[report.looksLike ?? 'text']);
    case 'newer':
      return t('options.data.newerBackup', { version: format(report.version ?? 0) });
    case 'problems':
      return t('options.data.importProblems', {
        count: report.problemCount,
        number: format(report.problemCount),
      });
    case 'ready':
      return t('options.data.importReady', counts);
    case 'imported':
      return t('options.data.imported', counts);
    case 'refused':
      return t('options.data.importRefused');
    default:
      return report.message;
  }
}

/** What the dry run found: its sentence, the counts in the file, and each problem with its path. */
function ReportView({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const format = useFormatNumber();
  // A file that is not a backup (or one too new to read) has no counts worth showing.
  const readable = report.outcome !== 'notBackup' && report.outcome !== 'newer';
  return (
    <div className="kept-import-report" role="region" aria-label={t('options.data.importReport')}>
      <p className={report.valid ? 'kept-ok' : 'kept-warn'}>{reportSentence(report, t, format)}</p>
      {readable && !report.written && (
        <p className="kept-muted">
          {t('options.data.importCounts', formatCounts(report.counts, format))}
        </p>
      )}
      {readable && report.problems.length > 0 && (
        <>
          <p>
            {t('options.data.problems', {
              count: report.problemCount,
              number: format(report.problemCount),
            })}
          </p>
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

/** The background's progress of the running check or import, while `busy`. */
function useImportProgress(busy: boolean): ImportProgress | undefined {
  const [progress, setProgress] = useState<ImportProgress>();
  useEffect(() => {
    if (!busy) return;
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area !== 'session' || !(IMPORT_PROGRESS_KEY in changes)) return;
      const parsed = importProgressSchema.safeParse(changes[IMPORT_PROGRESS_KEY]!.newValue);
      if (parsed.success) setProgress(parsed.data);
    };
    browser.storage.onChanged.addListener(listener);
    return () => {
      browser.storage.onChanged.removeListener(listener);
      setProgress(undefined);
    };
  }, [busy]);
  return progress;
}

/**
 * Import a backup: a dry-run report first; nothing is written until the user confirms a valid file.
 * While the background checks or writes, the controls are disabled and the records checked or
 * written show; `onStatus` gets the action's result line (undefined when an action starts).
 */
export function ImportData({ onStatus }: { onStatus: (status?: string) => void }) {
  const { t } = useI18n();
  const format = useFormatNumber();
  const id = useId();
  const [json, setJson] = useState<string>();
  const [report, setReport] = useState<ImportReport>();
  const [busy, setBusy] = useState<'checking' | 'writing'>();
  const progress = useImportProgress(busy !== undefined);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setReport(undefined);
    setJson(undefined);
    onStatus(undefined);
    if (!file) return;
    setBusy('checking');
    try {
      const text = await file.text();
      const result = await sendMessage('previewImport', { json: text });
      if (!result.ok) return onStatus(result.error.message);
      setReport(result.data);
      if (result.data.valid) setJson(text);
    } finally {
      setBusy(undefined);
    }
  };
  const confirm = async () => {
    if (!json || busy) return;
    onStatus(undefined);
    setBusy('writing');
    try {
      const result = await sendMessage('importData', { json });
      if (!result.ok) return onStatus(result.error.message);
      // Written: the result line says it all; refused: the report says why.
      setReport(result.data.written ? undefined : result.data);
      onStatus(reportSentence(result.data, t, format));
    } finally {
      setBusy(undefined);
      setJson(undefined);
    }
  };

  const shown = progress?.phase === (busy === 'writing' ? 'writing' : 'checking') && progress;
  return (
    <div className="kept-subsection" aria-busy={busy !== undefined}>
      <h3>{t('options.data.import')}</h3>
      <label htmlFor={id}>{t('options.data.chooseFile')}</label>{' '}
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        onChange={choose}
        disabled={busy !== undefined}
      />
      {busy && (
        <p role="status" className="kept-muted">
          {shown
            ? t(
                busy === 'writing'
                  ? 'options.data.writingProgress'
                  : 'options.data.checkingProgress',
                {
                  done: format(shown.done),
                  total: format(shown.total),
                },
              )
            : t(busy === 'writing' ? 'options.data.writing' : 'options.data.checking')}
          {shown && shown.total > 0 && (
            <progress value={shown.done} max={shown.total} aria-hidden="true" />
          )}
        </p>
      )}
      {report && <ReportView report={report} />}
      {report?.valid && !report.written && json && (
        <button
          type="button"
          className="kept-primary"
          onClick={confirm}
          disabled={busy !== undefined}
        >
          {t('options.data.confirmImport')}
        </button>
      )}
    </div>
  );
}
