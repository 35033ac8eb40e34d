/**
 * The cheap first pass (ARCHITECTURE decision 2): does a sentence contain anything the rules could act
 * on? Only sentences that do are tagged with compromise.
 */
import type { Lang } from '../types';

const EN_CUE =
  /\b(will|shall|going to|gonna|let (me|us)|let's|promise[ds]?|guarantee[ds]?|assure|rest assured|my word|definitely|certainly|absolutely|surely|for sure|without fail|no doubt|certain|sure|confident|never|always|anything|whatever|no problem|immediately|right away|instantly|at once|want to|like to|hope to|plan to|expect to|intend to|aim to)\b|'ll\b|100\s?%|-free\b/i;

const ZH_CUE =
  /会|将|稍后|马上|立即|立刻|尽快|第一时间|这就|随即|保证|承诺|担保|包您|确保|一定|肯定|绝对|百分之百|100%|定会|必定|必将|永远|随时|任何|再也|满意|放心|妥善/;

/** Whether the sentence is worth the expensive analysis. */
export const hasCue = (text: string, lang: Lang): boolean =>
  (lang === 'zh' ? ZH_CUE : EN_CUE).test(text);
