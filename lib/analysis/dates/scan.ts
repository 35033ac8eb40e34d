import type { Candidate, Clock } from './types';

/** What a recogniser reports for one regex match; scan() adds the span, language and `own`. */
export type Found = Omit<Candidate, 'start' | 'end' | 'lang' | 'own'>;

/** A regex (global flag required) and a handler that turns a match into a candidate, or null to reject. */
export interface Recogniser {
  re: RegExp;
  /**
   * A cheap test the text must pass before `re` runs, for a regex that would try many alternatives at
   * every word ("before Christmas" starts with any of twenty prepositions) yet rarely matches.
   */
  cue?: RegExp;
  handle: (m: RegExpExecArray, clock: Clock, text: string) => Found | null;
}

/** Runs each recogniser over the text. Regexes are module-level constants, compiled once. */
export function scan(
  text: string,
  clock: Clock,
  lang: 'en' | 'zh',
  recognisers: readonly Recogniser[],
): Candidate[] {
  const out: Candidate[] = [];
  for (const { re, cue, handle } of recognisers) {
    if (cue && !cue.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const found = handle(m, clock, text);
      if (!found) continue;
      out.push({ ...found, start: m.index, end: m.index + m[0].length, lang, own: true });
    }
  }
  return out;
}

/** A plain explicit candidate; most recognisers return one of these. */
export const explicit = (
  fields: Omit<Found, 'kind' | 'deadline'> & { deadline?: boolean },
): Found => ({
  kind: 'explicit',
  deadline: false,
  ...fields,
});
