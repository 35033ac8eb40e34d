/**
 * overpromise-instant: promising instant resolution ("we will fix it immediately", "I'll sort it out
 * right away", 马上为您解决, 立即处理好). Starting at once is fine (马上核实, 马上处理 — immediate handling
 * is vague timing, not a promised result — "I'll look into it right away");
 * promising the problem is solved at once is not in the writer's control.
 */
import { makeFinding, matchesOf } from '../rule-kit/finding';
import { enFirmClause, zhFirm } from '../rule-kit/overpromise-context';
import type { Rule } from '../types';

const EN_RESOLVE =
  'fix|fixed|resolve|resolved|solve|solved|sort|sorted|repair|repaired|correct|handle|handled|deliver|delivered|ship|shipped|refund|replace|get it done|done|complete|completed|finish|finished|take care of|up and running|back online|back up and running';
const EN_AT_ONCE =
  'immediately|right away|instantly|at once|right now|in no time|in a flash|straight away|straightaway';

const EN_INSTANT = new RegExp(
  `\\b(${EN_RESOLVE})\\b[^.;!?]{0,40}?\\b(${EN_AT_ONCE})\\b|\\b(${EN_AT_ONCE})\\s+(${EN_RESOLVE})\\b`,
  'gi',
);

const ZH_INSTANT =
  /(?:马上|立即|立刻|立马|即刻|第一时间)(?:为您|给您|帮您|帮亲|替您)?(?:退款|补发|赔偿)|(?:马上|立即|立刻|立马|即刻|第一时间)[^。.!！?？,，;；]{0,14}?(?:解决|处理好|修复|修好|搞定|办好)/g;

export const overpromiseInstant: Rule = {
  id: 'overpromise-instant',
  kind: 'overpromise',
  severity: 'warning',
  cues: {
    en: /\b(immediately|right (away|now)|instantly|at once|in no time|in a flash|straight ?away)\b/i,
    zh: /马上|立即|立刻|立马|即刻|第一时间/,
  },
  description:
    'Promising instant resolution ("we will fix it immediately", 马上为您解决, 立即处理好) commits to an outcome and a time nobody can guarantee.',
  examples: {
    flags: [
      'We will fix it immediately.',
      "I'll get it resolved right away.",
      '我们马上为您解决。',
      '会立即处理好的。',
    ],
    ignores: [
      "I'll look into it right away.",
      'Please fix it immediately.',
      '我们马上核实。',
      '无法马上解决，请谅解。',
    ],
  },
  check({ facts }) {
    const { text } = facts;
    if (facts.lang === 'zh') {
      return matchesOf(ZH_INSTANT, text)
        .filter((m) => zhFirm(facts, m.start))
        .map((m) =>
          makeFinding(this, text, m.start, m.end, '承诺立刻解决：问题一旦复杂，客户会失望。', [
            {
              label: '改为“尽快”',
              replacement: m.text.replace(/^(马上|立即|立刻|立马|即刻|第一时间)/, '尽快'),
            },
          ]),
        );
    }
    return matchesOf(EN_INSTANT, text)
      .filter((m) => enFirmClause(facts, m.start, m.end))
      .map((m) =>
        makeFinding(
          this,
          text,
          m.start,
          m.end,
          'Promising instant resolution commits you to an outcome and a time you may not control.',
          [
            {
              label: 'Promise speed, not an instant result',
              // "fix it immediately" → "fix it as quickly as possible"; "immediately fix" → "quickly fix".
              replacement: m.text.replace(new RegExp(`\\b(${EN_AT_ONCE})\\b`, 'i'), (w) =>
                m.text.startsWith(w) ? 'quickly' : 'as quickly as possible',
              ),
            },
          ],
        ),
      );
  },
};
