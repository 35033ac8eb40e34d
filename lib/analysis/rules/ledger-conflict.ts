/**
 * ledger-conflict: the message promises a deliverable already logged for this client with a different
 * date ("you told them 14 March"). Matching is by shared content words (EN) or characters (ZH).
 */
import { dayIn, dayPhraseLike, readableDue } from '../rule-kit/dates';
import { COMMITMENT_RULE_CUES } from '../rule-kit/cues';
import { makeFinding, say } from '../rule-kit/finding';
import type { Commitment, LedgerEntry, Rule } from '../types';

const STOP = new Set([
  'i',
  'we',
  'will',
  'you',
  'the',
  'a',
  'an',
  'to',
  'your',
  'our',
  'by',
  'on',
  'it',
  'and',
  'of',
  'for',
  'send',
  'get',
  'have',
  'be',
  'this',
  'that',
  'with',
  'me',
  'us',
]);

/** Content words (EN) or Han bigrams (ZH) of a text. */
function keys(text: string): Set<string> {
  const han = text.match(/[\u4e00-\u9fff]/g) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 1 < han.length; i++) out.add(han[i]! + han[i + 1]!);
  for (const w of text.toLowerCase().match(/[a-z][a-z'-]+/g) ?? [])
    if (!STOP.has(w)) out.add(w.replace(/s$/, ''));
  return out;
}

/** The ledger entry this commitment repeats, if their content overlaps enough. */
function matchingEntry(c: Commitment, ledger: LedgerEntry[]): LedgerEntry | undefined {
  const mine = keys(c.text);
  if (mine.size === 0) return undefined;
  let best: { entry: LedgerEntry; score: number } | undefined;
  for (const entry of ledger) {
    const theirs = keys(entry.text);
    let shared = 0;
    for (const k of mine) if (theirs.has(k)) shared++;
    const score = shared / Math.min(mine.size, theirs.size || 1);
    if (score >= 0.5 && (!best || score > best.score)) best = { entry, score };
  }
  return best?.entry;
}

const PROPOSAL_BY_14_MARCH = { text: 'send revised proposal', due: '2027-03-14' };
const QUOTE_BY_14_MARCH = { text: '发送报价单', due: '2027-03-14' };

export const ledgerConflict: Rule = {
  id: 'ledger-conflict',
  kind: 'ledger-conflict',
  severity: 'error',
  cues: COMMITMENT_RULE_CUES,
  description:
    'The message promises something already logged for this client, with a different date.',
  examples: {
    flags: [
      { text: 'I will send the revised proposal on Friday.', ledger: [PROPOSAL_BY_14_MARCH] },
      { text: '我们会在周五发送报价单。', ledger: [QUOTE_BY_14_MARCH] },
    ],
    ignores: [
      { text: 'I will send the revised proposal on 14 March.', ledger: [PROPOSAL_BY_14_MARCH] },
      { text: '我们会在周五发送合同。', ledger: [QUOTE_BY_14_MARCH] },
    ],
  },
  check({ facts, ctx }) {
    const { text, lang } = facts;
    if (ctx.ledger.length === 0) return [];
    return facts.commitments.flatMap((c) => {
      if (c.dueKind !== 'explicit' || !c.due) return [];
      const entry = matchingEntry(c, ctx.ledger);
      if (!entry?.due || dayIn(entry.due, ctx.timeZone) === dayIn(c.due, ctx.timeZone)) return [];
      const told = readableDue(entry.due, lang, ctx);
      const date = facts.dates.find((d) => d.due === c.due) ?? c;
      return [
        makeFinding(
          this,
          text,
          date.start,
          date.end,
          // The date only, never the logged promise's text: findings are shown in the host page's
          // DOM, which the page's scripts can read (ARCHITECTURE: the content-script boundary).
          say(lang, `You already told them ${told} for this.`, `您之前答应客户的时间是${told}。`),
          [
            {
              label: say(lang, `Keep ${told}`, `保持${told}`),
              replacement: dayPhraseLike(
                entry.due,
                date.text,
                text.slice(0, date.start),
                lang,
                ctx,
              ),
            },
          ],
        ),
      ];
    });
  },
};
