import type { Finding, Fix } from '@/lib/analysis';
import { detectLang } from '@/lib/analysis/sentence/lang';
import { langOf, type MessageKey, type T } from '@/lib/i18n/core';

/** What each kind of finding means, in the UI language, for a rule message written in the other. */
const WHAT: Record<Finding['kind'], MessageKey> = {
  overpromise: 'inpage.card.what.overpromise',
  'missing-date': 'inpage.card.what.missingDate',
  'vague-date': 'inpage.card.what.vagueDate',
  'past-date': 'inpage.card.what.pastDate',
  'ledger-conflict': 'inpage.card.what.ledgerConflict',
};

/**
 * The card's "what is wrong" line in the UI language (docs/ARCHITECTURE.md, "Language"). A rule writes
 * its message in the language of the sentence it read, so an English sentence under a Chinese UI
 * (or the reverse) gets the finding kind's explanation in the UI language instead, and the card
 * never mixes an English message with Chinese buttons (the review and the chip's list of findings
 * too). A `t` of unknown language, or a warning of unknown kind, keeps the message.
 */
export function cardMessage(
  finding: Pick<Finding, 'message'> & { kind?: Finding['kind'] },
  t: T,
): string {
  const lang = langOf(t);
  if (!lang || !finding.kind || detectLang(finding.message) === lang) return finding.message;
  return t(WHAT[finding.kind]);
}

/**
 * A fix button's tooltip: the text it puts in and the rule's name for the fix, which the rule wrote in
 * its sentence's language, so the name is left out when that is not the UI language. `inserts` is
 * the button's label ('' for a fix that removes the words: then the name alone, if it fits).
 */
export function fixTitle(fix: Fix, inserts: string, t: T): string | undefined {
  const lang = langOf(t);
  const fits = !lang || detectLang(fix.label) === lang;
  if (!inserts) return fits ? fix.label : undefined;
  return fits
    ? t('inpage.card.fixTitle', { text: fix.replacement, label: fix.label })
    : t('inpage.card.replaceWith', { text: fix.replacement });
}
