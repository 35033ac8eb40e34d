/**
 * One sentence through both stages (docs/ARCHITECTURE.md, "Two stages, cached per sentence"): the cheap pass and the rules, then, for
 * an English overpromise, the confirmation on compromise's tagging.
 */
import type { ErrorSite } from './analysis-errors';
import { runRules } from './run-rules';
import { sentenceFacts } from './sentence/facts';
import { detectLang } from './sentence/lang';
import type { Commitment, Finding, Lang, ResolvedContext } from './types';

/** A sentence's findings and commitments, offsets relative to the sentence. */
export interface SentenceResult {
  findings: Finding[];
  commitments: Commitment[];
  /** Stage two was skipped (budget spent): do not cache. */
  provisional?: boolean;
}

/**
 * Stage-two confirmations per call: a normal email needs a handful; a 1 MB paste would otherwise spend
 * most of its time in compromise. Beyond the budget the cheap pass's findings stand.
 */
export const DEEP_PER_CALL = 100;

/**
 * Read as spaces, one per UTF-16 unit so offsets hold: control characters, zero-width and direction
 * marks and emoji sit between words without changing them ("We 🚀 guarantee it", a pasted NUL).
 */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- control characters are what this matches
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u2060\ufeff]|\ufe0f|\p{Extended_Pictographic}/gu;

/** Analyses one sentence; `budget.deep` counts the stage-two confirmations left in this call. */
export function analyzeSentence(
  original: string,
  ctx: ResolvedContext,
  budget: { deep: number },
  report: (error: unknown, site: ErrorSite) => void,
): SentenceResult {
  // Curly apostrophes ("I’ll") are read as straight ones; both are one UTF-16 unit, so offsets hold.
  const text = original
    .replace(/[\u2018\u2019]/g, "'")
    .replace(INVISIBLE, (m) => ' '.repeat(m.length));
  const lang: Lang = ctx.lang === 'auto' ? detectLang(text) : ctx.lang;
  let facts = sentenceFacts(text, lang, ctx);
  if (!facts.candidate && ctx.settings.flag.length === 0) return { findings: [], commitments: [] };
  let findings = runRules(facts, ctx, report);
  // Stage two (docs/ARCHITECTURE.md, "Two stages, cached per sentence"): an English overpromise found by the cheap pass is confirmed on
  // compromise's tagging, which is ~50x dearer, so only these sentences pay for it.
  let provisional = false;
  if (lang === 'en' && findings.some((f) => f.kind === 'overpromise' && f.rule !== 'user-phrase')) {
    if (budget.deep > 0) {
      budget.deep--;
      facts = sentenceFacts(text, lang, ctx, true);
      findings = runRules(facts, ctx, report);
    } else provisional = true;
  }
  return {
    provisional,
    findings: findings.map((f) => ({ ...f, text: original.slice(f.start, f.end) })),
    commitments: facts.commitments.map((c) => ({ ...c, text: original.slice(c.start, c.end) })),
  };
}
