import type { T } from '@/lib/i18n';

/** What the composer's chip shows. */
export interface ComposerChipProps {
  t: T;
  warnings?: number;
  commitments?: number;
  /** The client the recipients resolved to: only its name appears in the host page. */
  clientName?: string;
  /** Opens the side panel on the client. */
  onOpenClient?: () => void;
  /** Whether a click is the user's own; the host page's synthetic clicks open nothing (tests inject it). */
  isTrusted?: (event: Event) => boolean;
}

/**
 * Kept's small in-page chip on a composer: open warnings, commitments found and the resolved client.
 * It never shows client data beyond a name and counts (docs/ARCHITECTURE.md, "The content-script boundary").
 */
export function ComposerChip({
  t,
  warnings = 0,
  commitments = 0,
  clientName,
  onOpenClient,
  isTrusted = (event) => event.isTrusted,
}: ComposerChipProps) {
  const parts = [];
  if (warnings > 0) parts.push(t('inpage.chip.warnings', { count: warnings }));
  if (commitments > 0) parts.push(t('inpage.chip.commitments', { count: commitments }));
  return (
    <div className="kept-chip" role="status" aria-label="Kept" data-warnings={warnings > 0}>
      <span className="kept-chip-mark" aria-hidden="true">
        ✓
      </span>
      Kept
      {parts.length > 0 && <span>· {parts.join(' · ')}</span>}
      {clientName && (
        <>
          {' · '}
          <button
            type="button"
            onClick={(event) => {
              if (isTrusted(event.nativeEvent)) onOpenClient?.();
            }}
            title={t('inpage.chip.openClient')}
          >
            {clientName}
          </button>
        </>
      )}
    </div>
  );
}
