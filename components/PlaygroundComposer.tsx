import { memo, useEffect, useState } from 'react';
import { pageUiContext } from '@/lib/dom/shadow-ui';
import { playgroundAdapter } from '@/lib/sites/playground';
import { startKept } from '@/lib/in-page/start';
import { useI18n } from './I18nProvider';

/** The sample draft (its recipient, subject and text): the user's content, not Kept's screen text. */
const RECIPIENT = { name: 'Dana Reyes', address: 'dana@acme.example' };
const SUBJECT = 'Dashboard rollout';
const SAMPLE = `Hi Dana,

Thanks for the call today. We guarantee the new dashboard will be live by tomorrow, and I'll send the revised quote soon.

我们会尽快处理发票的问题，保证不会再出现。

Best,
Sam`;

/**
 * The editor never re-renders after mounting but for its label (a language change): the user's edits
 * live in its DOM, and React must not reconcile them away (its children never change).
 */
const Editor = memo(function Editor({ label }: { label: string }) {
  return (
    <div>
      <div
        id="kept-playground-editor"
        role="textbox"
        aria-multiline="true"
        aria-label={label}
        contentEditable
        suppressContentEditableWarning
        style={{
          minHeight: 360,
          whiteSpace: 'pre-wrap',
          border: '1px solid var(--kept-border)',
          borderRadius: 8,
          padding: '1rem',
          outline: 'none',
        }}
      >
        {SAMPLE}
      </div>
    </div>
  );
});

/**
 * The playground's composer, addressed to Dana at Acme (the sample client): the same inline warnings,
 * card, chip and review as in Gmail, through the playground site adapter. Sending only says so.
 */
export function PlaygroundComposer() {
  const { t } = useI18n();
  const [sent, setSent] = useState(0);
  useEffect(() => {
    const stop = new AbortController();
    startKept(pageUiContext(stop.signal), playgroundAdapter, stop.signal);
    // Focusing the draft tells the background its recipients, so the side panel shows Dana's client.
    document.querySelector<HTMLElement>(playgroundAdapter.bodySelector)?.focus();
    return () => stop.abort();
  }, []);
  return (
    <section data-kept-composer aria-label={t('playground.composer')}>
      <div className="kept-card">
        <div>
          <strong>{t('playground.to')}</strong>{' '}
          <span data-recipient={RECIPIENT.address}>{RECIPIENT.name}</span> &lt;
          {RECIPIENT.address}&gt;
        </div>
        <div>
          <strong>{t('playground.subject')}</strong> <span data-subject>{SUBJECT}</span>
        </div>
      </div>
      <Editor label={t('playground.message')} />
      <p>
        <button type="button" data-send onClick={() => setSent((n) => n + 1)}>
          {t('playground.send')}
        </button>{' '}
        <span role="status" aria-label={t('playground.sendStatus')}>
          {sent > 0 ? t('playground.sent', { count: sent }) : ''}
        </span>
      </p>
    </section>
  );
}
