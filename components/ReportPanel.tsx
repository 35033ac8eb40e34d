import { useId, useState } from 'react';
import type { Finding } from '../lib/analysis';
import type { Lang } from '../lib/i18n';
import { sendToTab } from '../lib/messaging/tab-protocol';
import { composeReport, reportFindings } from '../lib/report/draft-report';
import { clientLanguage, lastReportAt, markReported } from '../lib/report/last-report';
import { useI18n } from './I18nProvider';
import type { ClientView } from './hooks/live-reads';
import { timeZone } from './use-now';

/** A drafted report: its text as shown (and edited), the rich version while it matches, the check. */
interface Draft {
  text: string;
  /** Dropped once the user edits the text: the edit goes in as plain text. */
  html?: string;
  findings: Finding[];
}

/**
 * Drafts an honest progress report for the client, to copy or to insert into the open draft. Before it
 * is shown, Kept's own analysis reads it; anything it would flag is listed (the wording Kept writes is
 * never flagged: only the ledger's own words can be).
 */
export function ReportPanel({
  view,
  now,
  tabId,
}: {
  view: ClientView;
  now: number;
  tabId?: number;
}) {
  const { t } = useI18n();
  const ids = { lang: useId(), text: useId(), check: useId() };
  const [lang, setLang] = useState<Lang>(() =>
    clientLanguage(
      [view.client.name, view.client.notes, ...view.all.slice(0, 20).map((c) => c.text)].join(' '),
    ),
  );
  const [draft, setDraft] = useState<Draft>();
  const [status, setStatus] = useState<string>();

  const compose = async () => {
    const since = await lastReportAt(view.client.id, now);
    const input = {
      lang,
      now,
      timeZone: timeZone(),
      since,
      commitments: view.all,
      goals: view.goals,
    };
    setDraft(composeReport(input));
    setStatus(undefined);
  };
  const edit = (text: string) =>
    setDraft({ text, findings: reportFindings(text, now, timeZone()) });
  const copy = async () => {
    if (!draft) return;
    const copied = await navigator.clipboard.writeText(draft.text).then(
      () => true,
      // A side panel without focus is refused the async clipboard; copying the selection still works.
      () => {
        const area = document.getElementById(ids.text) as HTMLTextAreaElement | null;
        area?.select();
        return document.execCommand('copy');
      },
    );
    if (copied) await markReported(view.client.id, now);
    setStatus(t(copied ? 'report.copied' : 'report.copyFailed'));
  };
  const insert = async () => {
    if (!draft) return;
    const message = draft.html ? { text: draft.text, html: draft.html } : { text: draft.text };
    const result =
      tabId === undefined ? undefined : await sendToTab(tabId, 'insertIntoDraft', message);
    if (result?.ok && result.data.inserted) {
      await markReported(view.client.id, now);
      setStatus(t('report.inserted'));
    } else setStatus(t('report.noDraft'));
  };

  return (
    <section className="kept-card" aria-labelledby={`${ids.text}-h`}>
      <h3 id={`${ids.text}-h`}>{t('report.heading')}</h3>
      <div className="kept-row">
        <label htmlFor={ids.lang}>{t('report.language')}</label>
        <select id={ids.lang} value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          <option value="en">English</option>
          <option value="zh">简体中文</option>
        </select>
        <button type="button" className="kept-primary" onClick={compose}>
          {t('report.draft')}
        </button>
      </div>
      {draft !== undefined && (
        <>
          <label htmlFor={ids.text} className="kept-visually-hidden">
            {t('report.textLabel')}
          </label>
          <textarea
            id={ids.text}
            value={draft.text}
            rows={12}
            aria-describedby={ids.check}
            onChange={(e) => edit(e.target.value)}
          />
          <div id={ids.check}>
            {draft.findings.length === 0 ? (
              <p className="kept-muted">{t('report.checked')}</p>
            ) : (
              <>
                <p>{t('report.flagged')}</p>
                <ul aria-label={t('report.flagged')}>
                  {draft.findings.map((f, i) => (
                    <li key={i}>
                      “{f.text}”: {f.message}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="kept-muted">{t(draft.html ? 'report.richNote' : 'report.editedNote')}</p>
          </div>
          {draft.html && (
            <details>
              <summary>{t('report.preview')}</summary>
              {/* Built by lib/report with every ledger text escaped; inline styles only. */}
              <div style={{ overflowX: 'auto' }} dangerouslySetInnerHTML={{ __html: draft.html }} />
            </details>
          )}
          <div className="kept-row">
            <button type="button" onClick={copy}>
              {t('report.copy')}
            </button>
            <button type="button" onClick={insert}>
              {t('report.insert')}
            </button>
          </div>
        </>
      )}
      {status && <p role="status">{status}</p>}
    </section>
  );
}
