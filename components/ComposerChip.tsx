import './composer-chip.css';

/**
 * Kept's small in-page chip on a composer. It shows only that Kept is present: warnings and the
 * resolved client are added by the analysis and Gmail issues. It never shows client data beyond a
 * name and counts (ARCHITECTURE decision 6).
 */
export function ComposerChip() {
  return (
    <div className="kept-chip" role="status" aria-label="Kept">
      <span className="kept-chip-mark" aria-hidden="true">
        ✓
      </span>
      Kept
    </div>
  );
}
