import { Brand } from './Brand';

const SAMPLE = `Hi Dana,

Thanks for the call today. We guarantee the new dashboard will be live by tomorrow, and I'll send the revised quote soon.

我们会尽快处理发票的问题，保证不会再出现。

Best,
Sam`;

/**
 * The playground: a large rich-text composer where Kept's inline features run on whatever the
 * user types. The analysis is wired in with its issue; for now the composer is a plain editor.
 */
export function PlaygroundApp() {
  return (
    <main className="kept-page" style={{ maxWidth: 860, margin: '0 auto' }}>
      <Brand subtitle="Playground" />
      <p className="kept-muted">
        Write as you would to a client. Inline warnings will appear here as the analysis lands;
        nothing you type leaves this page.
      </p>
      <div className="kept-card">
        <div>
          <strong>To:</strong> dana@acme.example
        </div>
        <div>
          <strong>Subject:</strong> Dashboard rollout
        </div>
      </div>
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
    </main>
  );
}
