import { memo, useEffect, useState } from 'react';
import { pageUiContext } from '@/lib/dom/shadow-ui';
import { playgroundAdapter } from '@/lib/sites/playground';
import { startKept } from '@/lib/in-page/start';

const SAMPLE = `Hi Dana,

Thanks for the call today. We guarantee the new dashboard will be live by tomorrow, and I'll send the revised quote soon.

我们会尽快处理发票的问题，保证不会再出现。

Best,
Sam`;

/**
 * The editor never re-renders after mounting: the user's edits live in its DOM, and React must not
 * reconcile them away.
 */
const Editor = memo(function Editor() {
  return (
    <div>
      <div
        id="kept-playground-editor"
        role="textbox"
        aria-multiline="true"
        aria-label="Message"
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
  const [sent, setSent] = useState(0);
  useEffect(() => {
    const stop = new AbortController();
    startKept(pageUiContext(stop.signal), playgroundAdapter, stop.signal);
    // Focusing the draft tells the background its recipients, so the side panel shows Dana's client.
    document.querySelector<HTMLElement>(playgroundAdapter.bodySelector)?.focus();
    return () => stop.abort();
  }, []);
  return (
    <section data-kept-composer aria-label="Composer">
      <div className="kept-card">
        <div>
          <strong>To:</strong> <span data-recipient="dana@acme.example">Dana Reyes</span>{' '}
          &lt;dana@acme.example&gt;
        </div>
        <div>
          <strong>Subject:</strong> <span data-subject>Dashboard rollout</span>
        </div>
      </div>
      <Editor />
      <p>
        <button type="button" data-send onClick={() => setSent((n) => n + 1)}>
          Send
        </button>{' '}
        <span role="status" aria-label="Playground send">
          {sent > 0 ? `Sent ${sent}× (nothing leaves this page).` : ''}
        </span>
      </p>
    </section>
  );
}
