/**
 * vague-date: a commitment whose only time is fuzzy ("soon", "ASAP", "when I get it", 尽快, 稍后, 后续).
 * The writer means one thing and the reader hears another; the fix names a concrete date.
 */
import { clauseEnd } from '../rule-kit/date-span';
import { addDateFixes, concreteDateFixes } from '../rule-kit/dates';
import { COMMITMENT_RULE_CUES } from '../rule-kit/cues';
import { makeFinding, say } from '../rule-kit/finding';
import type { Fix, Rule } from '../types';

export const vagueDate: Rule = {
  id: 'vague-date',
  kind: 'vague-date',
  severity: 'warning',
  cues: COMMITMENT_RULE_CUES,
  description:
    'A commitment with a vague time ("soon", "ASAP", 尽快, 稍后): name a date so expectations match.',
  examples: {
    flags: [
      "I'll get back to you soon.",
      'We will send it ASAP.',
      '我们会尽快联系您。',
      '稍后会有工作人员联系您。',
    ],
    ignores: [
      "I'll get back to you tomorrow.",
      'Please reply soon.',
      '我们会在两个工作日内联系您。',
      '请您稍后再试。',
    ],
  },
  check({ facts, ctx }) {
    const { text, lang } = facts;
    return facts.commitments
      .filter((c) => c.dueKind === 'vague')
      .map((c) => {
        const action = facts.clauses.find((k) => k.start === c.start)?.actionStart ?? c.start;
        const date = facts.dates.find(
          (d) => d.kind === 'vague' && d.start >= c.start - 20 && d.end <= c.end + 40,
        );
        // Without a date phrase the commitment waits on an event: English fixes rewrite its clause.
        const [start, end] = date
          ? [date.start, eventEnd(text, date.text, date.end)]
          : [c.start, lang === 'en' ? clauseEnd(text, c, facts.commitments, action) : c.end];
        return makeFinding(
          this,
          text,
          start,
          end,
          date
            ? say(
                lang,
                `"${date.text}" can mean anything from an hour to a month. Name a date.`,
                `“${date.text}”的时间不明确，客户的理解可能和您不同。请给出具体日期。`,
              )
            : say(
                lang,
                'This waits on an event with no date ("once I hear…"). Add a date the client can hold you to.',
                '这个承诺的时间取决于其他事情，没有具体日期。请给出一个日期。',
              ),
          date
            ? sentenceCase(concreteDateFixes(lang, ctx), text.slice(0, start))
            : addDateFixes(c, text, lang, ctx, action, end),
        );
      });
  },
};

/** A date that opens the sentence starts with a capital ("By Monday, 30 Nov, I'll…"). */
const sentenceCase = (fixes: Fix[], before: string): Fix[] =>
  before.trim() === ''
    ? fixes.map((f) => ({
        ...f,
        replacement: f.replacement[0]!.toUpperCase() + f.replacement.slice(1),
      }))
    : fixes;

/**
 * "once I hear" names an event whose object follows ("once I hear from legal"): the finding, and the
 * date that replaces it, take the clause up to its punctuation, or the fix would read "by Monday from
 * legal".
 */
function eventEnd(sentence: string, phrase: string, end: number): number {
  // "soon-ish": the hedge goes with the vague word it softens.
  const ish = /^-?ish\b/i.exec(sentence.slice(end));
  if (ish) return end + ish[0].length;
  const event =
    /^(once|when|whenever|as soon as|soon as|after|upon|as (i|we|they|it|things|you))\b/i.test(
      phrase,
    ) ||
    // "Soon as I get it": the date module reads "Soon" and "as I get" apart.
    (/^soon$/i.test(phrase) && /^\s+as\b/i.test(sentence.slice(end)));
  if (!event) return end;
  const stop = /[,;.!?]/.exec(sentence.slice(end));
  return stop ? end + stop.index : sentence.trimEnd().length;
}
