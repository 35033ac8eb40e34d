import type { SiteAdapter } from '../types';
import { composerAround, type ComposerSpec } from './composer';
import { recordView, type RecordSpec } from './record';

/** What a CRM site is made of: an email composer, record pages, and the URL shape of a record. */
interface RecordSiteBase {
  id: string;
  /** Candidate composer bodies. */
  bodySelector: string;
  /** The record's identity in the page's URL (see `recordKey`). */
  record: RegExp;
  /** The element that marks an open record (usually its title), and where the record's parts are. */
  recordMarker: string;
  recordPage: Omit<RecordSpec, 'key'>;
}

/**
 * Either where the composer's parts are (its thread is the record the page shows), or, for a site
 * whose composers need more than `composerAround` (Fxiaoke), a composer finder of its own.
 */
export type RecordSiteSpec = RecordSiteBase &
  (
    | { composer: Omit<ComposerSpec, 'threadId'>; toComposer?: never }
    | { toComposer: (key: () => string | undefined) => SiteAdapter['toComposer']; composer?: never }
  );

/**
 * A site adapter for a CRM, from its selectors alone: composers write from the record the page shows,
 * and record pages are thread views keyed by their URL identity (docs/ARCHITECTURE.md, "Sites are adapters": a site is a folder of
 * selectors, not a copy).
 */
export function recordSiteAdapter(spec: RecordSiteSpec): SiteAdapter {
  const key = () => recordKey(spec.id, new URL(location.href), spec.record);
  return {
    id: spec.id,
    bodySelector: spec.bodySelector,
    toComposer: composerFinder(spec, key),
    threadSelector: spec.recordMarker,
    toThread: (marker) => recordView(marker, { ...spec.recordPage, key }),
  };
}

/** The site's own composer finder, or `composerAround` with its selectors. */
function composerFinder(
  spec: RecordSiteSpec,
  key: () => string | undefined,
): SiteAdapter['toComposer'] {
  if (spec.toComposer) return spec.toComposer(key);
  const { composer } = spec;
  return (body) => composerAround(body, { ...composer, threadId: key });
}

/** A record's identity in the URL: the path without query, hash-route included, for record links. */
export function recordKey(site: string, url: URL, pattern: RegExp): string | undefined {
  const match = pattern.exec(url.pathname + url.hash);
  return match ? `${site}:${match.slice(1).join('/')}` : undefined;
}
