/**
 * The cheap first pass (docs/ARCHITECTURE.md, "Two stages, cached per sentence"): does a sentence contain anything a rule or the
 * commitment extraction could act on? Sentences without a cue skip the clause analysis, the date
 * parsing and the rules. The pass is built from the registered rules' own `cues` and the commitment
 * extractor's, so a new rule brings its trigger words with it (the registry test runs every rule's
 * examples through the analyzer, which proves the pass lets them through).
 */
import { rules } from '../rules/index';
import type { Lang } from '../types';
import { EN_COMMITMENT_CUE, ZH_COMMITMENT_CUE } from './commitment-cues';

let pass: Record<Lang, RegExp> | undefined;

/** One regex per language: the union of the commitment cues and every rule's cues for it. */
function cuePass(): Record<Lang, RegExp> {
  // Built on first use, not at import: the rules module may still be initialising then.
  if (!pass) {
    const union = (lang: Lang, own: RegExp) =>
      new RegExp(
        [own, ...rules.map((r) => r.cues[lang])]
          .filter((re): re is RegExp => re !== undefined)
          .map((re) => `(?:${re.source})`)
          .join('|'),
        'i',
      );
    pass = { en: union('en', EN_COMMITMENT_CUE), zh: union('zh', ZH_COMMITMENT_CUE) };
  }
  return pass;
}

/** Whether the sentence is worth analysing at all. */
export const hasCue = (text: string, lang: Lang): boolean => cuePass()[lang].test(text);
