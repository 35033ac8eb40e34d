/** Computes the facts of one sentence that every rule reads (the cached unit of work). */
import { extractCommitments } from '../commitments';
import { findDueDates, hasDateCue } from '../due';
import type { Clause, Lang, ResolvedContext, SentenceDate, SentenceFacts } from '../types';
import { chineseClauses } from './chinese';
import { hasCue } from './cues';
import { englishClauses } from './english';
import { quickTokens } from './quick-tokens';
import { tokenize } from './tokens';

/** Overpromise cues: only these sentences pay for compromise's tagging. */
const EN_DEEP =
  /\b(promise[ds]?|guarantee[ds]?|assure|rest assured|my word|definitely|certainly|absolutely|surely|for sure|without fail|no doubt|certain|confident|never|always|anything|whatever|no problem|immediately|right away|instantly|at once)\b|100\s?%|-free\b/i;
const MAX_DEEP = 400;

/** The facts of `text` in `lang`; sentences without a cue get empty facts without any NLP. */
export function sentenceFacts(text: string, lang: Lang, ctx: ResolvedContext): SentenceFacts {
  const isQuestion = /[?？]\s*["')\]]*\s*$/.test(text);
  if (!hasCue(text, lang))
    return { lang, text, isQuestion, commitments: [], dates: [], clauses: [] };
  const clauses: Clause[] =
    lang === 'zh'
      ? chineseClauses(text)
      : englishClauses(
          text,
          EN_DEEP.test(text) && text.length <= MAX_DEEP ? tokenize(text) : quickTokens(text),
        );
  const dates: SentenceDate[] = hasDateCue(text)
    ? findDueDates(text, { now: ctx.now, timeZone: ctx.timeZone }).map((d) => ({
        start: d.start,
        end: d.end,
        text: d.text,
        kind: d.kind,
        due: d.due,
      }))
    : [];
  return {
    lang,
    text,
    isQuestion,
    clauses,
    dates,
    commitments: extractCommitments(text, clauses, dates, lang),
  };
}
