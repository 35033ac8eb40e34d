import { htmlLangOf, type T } from '@/lib/i18n/core';

/** What the composer's chip shows. */
export interface ComposerChipProps {
  t: T;
  warnings?: number;
  commitments?: number;
  /** The client the recipients resolved to: only its name appears in the host page. */
  clientName?: string;
  /** Opens the side panel on the client. */
  onOpenClient?: () => void;
  /** Opens (or closes) the list of the draft's warnings; the counts are its button. */
  onShowFindings?: () => void;
  /** Whether that list is open. */
  findingsOpen?: boolean;
  /** Whether a click is the user's own; the host page's synthetic clicks open nothing (tests inject it). */
  isTrusted?: (event: Event) => boolean;
}

/**
 * Kept's small in-page chip on a composer: a check mark when there is nothing to fix and a warning
 * mark otherwise, the open warnings and commitments found (a button that lists the warnings) and the
 * resolved client. It never shows client data beyond a name and counts (docs/ARCHITECTURE.md, "The
 * content-script boundary").
 */
export function ComposerChip({
  t,
  warnings = 0,
  commitments = 0,
  clientName,
  onOpenClient,
  onShowFindings,
  findingsOpen = false,
  isTrusted = (event) => event.isTrusted,
}: ComposerChipProps) {
  const parts = [];
  if (warnings > 0) parts.push(t('inpage.chip.warnings', { count: warnings }));
  if (commitments > 0) parts.push(t('inpage.chip.commitments', { count: commitments }));
  const counts = parts.join(' · ');
  return (
    <div
      className="kept-chip"
      role="status"
      aria-label="Kept"
      lang={htmlLangOf(t)}
      data-warnings={warnings > 0}
    >
      <span className="kept-chip-mark" aria-hidden="true">
        {warnings > 0 ? '⚠' : '✓'}
      </span>
      Kept
      {parts.length > 0 && (
        <span>
          ·{' '}
          {warnings > 0 && onShowFindings ? (
            <button
              type="button"
              className="kept-chip-counts"
              aria-haspopup="dialog"
              aria-expanded={findingsOpen}
              title={t('inpage.chip.showFindings')}
              onClick={(event) => {
                if (isTrusted(event.nativeEvent)) onShowFindings();
              }}
            >
              {counts}
            </button>
          ) : (
            counts
          )}
        </span>
      )}
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
