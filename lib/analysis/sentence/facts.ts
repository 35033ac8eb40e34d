/** Computes the facts of one sentence that every rule reads (the cached unit of work). */
import { extractCommitments, isCommitment } from '../commitments';
import { findDueDates, hasDateCue } from '../due';
import type { Clause, Lang, ResolvedContext, SentenceDate, SentenceFacts } from '../types';
import { chineseClauses } from './chinese';
import { hasCue } from './cues';
import { englishClauses } from './english';
import { quickTokens } from './quick-tokens';
import { tokenize } from './tokens';

/** compromise's input is capped so one long candidate sentence stays cheap. */
const MAX_DEEP = 600;

/**
 * The facts of `text` in `lang`; sentences without a cue get empty facts without any NLP. `deep` tags
 * English with compromise instead of the cheap tokenizer (the analyzer asks for it only to confirm a
 * candidate overpromise).
 */
export function sentenceFacts(
  text: string,
  lang: Lang,
  ctx: ResolvedContext,
  deep = false,
): SentenceFacts {
  const isQuestion = /[?？]\s*["')\]]*\s*$/.test(text);
  if (!hasCue(text, lang))
    return { lang, text, isQuestion, candidate: false, commitments: [], dates: [], clauses: [] };
  const clauses: Clause[] =
    lang === 'zh'
      ? chineseClauses(text)
      : englishClauses(text, deep && text.length <= MAX_DEEP ? tokenize(text) : quickTokens(text));
  // Dates matter only to commitments; skipping them elsewhere keeps chrono off most sentences.
  const dates: SentenceDate[] =
    clauses.some(isCommitment) && hasDateCue(text)
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
    candidate: true,
    clauses,
    dates,
    commitments: extractCommitments(text, clauses, dates, lang),
  };
}
