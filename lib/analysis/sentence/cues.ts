/**
 * The cheap first pass (ARCHITECTURE decision 2): does a sentence contain anything a rule or the
 * commitment extraction could act on? Sentences without a cue skip the clause analysis, the date
 * parsing and the rules. Every rule's trigger words must appear here (the cue test in
 * test/unit/analysis-cli checks the rules' example sentences).
 */
import type { Lang } from '../types';

const EN_CUE =
  /\b(will|wil|shall|going to|gonna|let (me|us)|let's|promis\w*|guarantee[ds]?|assur\w*|my word|definitely|certainly|absolutely|surely|undoubtedly|for (sure|certain)|without (fail|a doubt|doubt)|no doubt|certain|sure|confident|positive|never|always|anything|whatever|no matter|no problems?|immediately|right (away|now)|instantly|at once|in no time|straight ?away|expect to|commit to|to follow|zero|one hundred|count on|consider it done|trust me|believe me|every time|perfectly)\b|'ll\b|\b(am|are|'m|'re) (sending|forwarding|having|emailing|faxing|mailing|preparing|drafting|shipping|couriering)\b|100\s?%|24\/7|-free\b/i;

const ZH_CUE =
  /会|将|稍后|马上|立即|立刻|立马|即刻|尽快|第一时间|这就|随即|保证|承诺|担保|包您|包你|确保|一定|肯定|绝对|百分之百|100%|定会|必定|必将|务必|永远|随时|任何|再也|满意|放心|妥善|为您|帮您|替您/;

/** Whether the sentence is worth analysing at all. */
export const hasCue = (text: string, lang: Lang): boolean =>
  (lang === 'zh' ? ZH_CUE : EN_CUE).test(text);
