/** Cues shared by the rules that act on commitments rather than on words of their own. */
import { EN_COMMITMENT_CUE, ZH_COMMITMENT_CUE } from '../sentence/commitment-cues';
import type { Rule } from '../types';

/**
 * What can start a commitment: the extractor's own cues plus the future markers (会, 将) and the
 * Chinese time words that carry an undertaking on their own (稍后联系, 马上为您…). The date rules
 * (missing, vague, past, conflicting) fire only on a commitment, so these are their cues.
 */
export const COMMITMENT_RULE_CUES: Rule['cues'] = {
  en: EN_COMMITMENT_CUE,
  zh: new RegExp(
    `会|将|稍后|马上|立即|立刻|立马|即刻|尽快|第一时间|这就|随即|为您|帮您|替您|${ZH_COMMITMENT_CUE.source}`,
  ),
};
