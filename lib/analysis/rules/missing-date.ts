/**
 * missing-date: a commitment with no time at all ("I'll send you the draft", 我们会跟进处理). A promise
 * without a date is the one most easily forgotten on both sides; the fix adds a concrete date.
 */
import { clauseEnd } from '../rule-kit/date-span';
import { addDateFixes } from '../rule-kit/dates';
import { COMMITMENT_RULE_CUES } from '../rule-kit/cues';
import { makeFinding, say } from '../rule-kit/finding';
import type { Rule } from '../types';

export const missingDate: Rule = {
  id: 'missing-date',
  kind: 'missing-date',
  severity: 'warning',
  cues: COMMITMENT_RULE_CUES,
  description:
    'A commitment with no date ("I\'ll send you the draft", 我们会跟进处理): add one so both sides know when to expect it.',
  examples: {
    flags: [
      "I'll send you the draft.",
      'We will review the contract.',
      '我们会跟进处理。',
      '我会把这个情况反馈给工程师。',
    ],
    ignores: [
      "I'll send you the draft by Friday.",
      'Please send me the draft.',
      '我们会在明天联系您。',
      '请您提供订单号。',
    ],
  },
  check({ facts, ctx }) {
    const { text, lang } = facts;
    return facts.commitments
      .filter((c) => c.dueKind === 'none')
      .map((c) => {
        const clause = facts.clauses.find((k) => k.start === c.start);
        // English: the date goes at the end of the clause, not inside "let you | know".
        const end =
          lang === 'en' ? clauseEnd(text, c, facts.commitments, clause?.actionStart) : c.end;
        return makeFinding(
          this,
          text,
          c.start,
          end,
          say(
            lang,
            'This commitment has no date. When will it happen?',
            '这个承诺没有时间，客户不知道什么时候能等到。',
          ),
          addDateFixes(c, text, lang, ctx, clause?.actionStart ?? c.start, end),
        );
      });
  },
};
