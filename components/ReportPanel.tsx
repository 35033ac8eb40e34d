import { useId, useState } from 'react';
import type { Lang } from '../lib/i18n';
import { sendToTab } from '../lib/messaging/tab-protocol';
import { draftReport } from '../lib/report/draft-report';
import { clientLanguage, lastReportAt, markReported } from '../lib/report/last-report';
import { useI18n } from './I18nProvider';
import type { ClientView } from './hooks/live-reads';
import { timeZone } from './use-now';

/** Drafts an honest progress report for the client, to copy or to insert into the open draft. */
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
  const ids = { lang: useId(), text: useId() };
  const [lang, setLang] = useState<Lang>(() =>
    clientLanguage(
      [view.client.name, view.client.notes, ...view.all.slice(0, 20).map((c) => c.text)].join(' '),
    ),
  );
  const [text, setText] = useState<string>();
  const [status, setStatus] = useState<string>();

  const draft = async () => {
    const since = await lastReportAt(view.client.id, now);
    const input = {
      lang,
      now,
      timeZone: timeZone(),
      since,
      commitments: view.all,
      goals: view.goals,
    };
    setText(draftReport(input));
    setStatus(undefined);
  };
  const copy = async () => {
    if (!text) return;
    const copied = await navigator.clipboard.writeText(text).then(
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
    if (!text) return;
    const result =
      tabId === undefined ? undefined : await sendToTab(tabId, 'insertIntoDraft', { text });
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
        <button type="button" className="kept-primary" onClick={draft}>
          {t('report.draft')}
        </button>
      </div>
      {text !== undefined && (
        <>
          <label htmlFor={ids.text} className="kept-visually-hidden">
            {t('report.textLabel')}
          </label>
          <textarea
            id={ids.text}
            value={text}
            rows={12}
            onChange={(e) => setText(e.target.value)}
          />
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
