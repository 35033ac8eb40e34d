/**
 * past-date: a commitment whose stated due date has already passed (a typo, or a reused template).
 */
import { concreteDateFixes, dayIn, readableDue } from '../rule-kit/dates';
import { COMMITMENT_RULE_CUES } from '../rule-kit/cues';
import { makeFinding, say } from '../rule-kit/finding';
import type { Rule } from '../types';

export const pastDate: Rule = {
  id: 'past-date',
  kind: 'past-date',
  severity: 'error',
  cues: COMMITMENT_RULE_CUES,
  description:
    'A commitment due on a date that has already passed: probably a typo or an old template.',
  examples: {
    flags: ['I will send it on 3 March 2020.', '我们会在2020年3月1日前发货。'],
    ignores: [
      'I will send it tomorrow.',
      'I sent it on 3 March 2020.',
      '我们已于2020年3月1日发货。',
    ],
  },
  check({ facts, ctx }) {
    const { text, lang } = facts;
    if (!facts.commitments.some((c) => c.dueKind === 'explicit')) return [];
    const today = dayIn(ctx.now, ctx.timeZone);
    return facts.commitments
      .filter((c) => c.dueKind === 'explicit' && c.due && dayIn(c.due, ctx.timeZone) < today)
      .map((c) => {
        const date = facts.dates.find((d) => d.due === c.due) ?? c;
        return makeFinding(
          this,
          text,
          date.start,
          date.end,
          say(
            lang,
            `This date (${readableDue(c.due!, lang, ctx)}) has already passed.`,
            `这个日期（${readableDue(c.due!, lang, ctx)}）已经过去了。`,
          ),
          // Most often a typo or an old template: offer the near dates a new promise would get.
          concreteDateFixes(lang, ctx),
        );
      });
  },
};
