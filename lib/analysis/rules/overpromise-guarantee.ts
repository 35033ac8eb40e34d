/**
 * overpromise-guarantee: the writer guarantees or explicitly promises an outcome ("we guarantee",
 * "I promise", "rest assured", 保证, 承诺, 包您满意, 给您一个满意的答复). An explicit promise sets a hard
 * expectation even for a small thing. Not: "we can't guarantee", "their team promised", "loan guarantee",
 * 银行保函, 在保证质量的情况下, 为确保安全.
 */
import { zhFirm } from '../rule-kit/overpromise-context';
import { makeFinding, matchesOf } from '../rule-kit/finding';
import { RECIPIENT_CONDITION } from '../sentence/lexicon-en';
import type { Rule } from '../types';

/** English: performative guarantees by the writer's side. */
const EN_GUARANTEE =
  /\b(?:(?:i|we|our (?:team|company|firm|store|shop))\s+(?:(?:really|hereby|personally|absolutely|can|do|will|fully)\s+)*(?:guarantee|promise|assure|swear)s?\b(?!\s+(?:nothing|no\b|none))|rest assured|(?:you have|i give you|you've got) my word|(?:you can )?count on (?:me|us)\b|consider it done|(?:trust|believe) (?:me|us)(?=,?\s[^.!?]*\b(?:will|'ll)\b)|\b(?:is|are|it's|will be)\s+(?:absolutely\s+|fully\s+|100%\s+)?guaranteed\b)/gi;

/** "We promise that we have not shared…": a representation about the past or present, not a promise. */
const REPRESENTATION =
  /^\s+(that\s+)?(we|i|our \w+|they|it|this)\s+(have|has|had|did|didn't|haven't|hasn't|hadn't|was|were|wasn't|weren't|are not|is not|aren't|isn't)\b/i;

/** Financial and legal senses of "guarantee": a thing, not an assurance. */
const EN_FINANCIAL =
  /\b(loan|guaranty|parent|corporate|bank|credit|fee|bond|letter of|payment|guarantor|collateral|financial|performance) guarantee|guarantee (agreement|fee|facility|letter|amount)|guarantee (the |a |its |their |our |this )?(loan|debt|notes?|bonds?|obligations?|facility|lease|borrowings?|credit line|payment obligations?)\b|guaranteed (loan|debt|notes?|bonds?|minimum)\b|\b(loans?|debts?|notes?|bonds?|obligations?|credit|payments?)\s+(is|are|will be|was|were)\s+guaranteed|guaranteed by (the )?(parent|bank|company|government|guarantor|corp\w*|\w+ (inc|corp|ltd))\b/i;

/** Chinese: 保证/承诺/包您/确保/满意的答复, but not 保证金, 保修, 保函, 为确保, 在保证…的情况下. */
const ZH_GUARANTEE =
  /(?<![为以在不无法难能以便])(?:保证|承诺|担保|确保)(?![金书函期人期间的]|预订|交易|支付|贷款|公司)|包(?:您|你)(?:满意|放心)|(?:给|让)(?:您|你)(?:一个)?满意的?(?:答复|处理结果|结果|说法|交代|解决方案|处理)|(?:处理好|解决好|妥善处理)[^。.!！]{0,6}(?:您|你)?放心|(?:请)?(?:您|你)?放心[^。.!！]{0,14}(?:处理好|解决好|妥善处理|不会有任何)/g;

const ZH_NOT =
  /银行保函|保函|质保|保修|保证金|在保证.{0,12}(情况|前提)|不(能|敢)?保证|无法保证|难以保证|无法确保/;

export const overpromiseGuarantee: Rule = {
  id: 'overpromise-guarantee',
  kind: 'overpromise',
  severity: 'warning',
  cues: {
    en: /\b(guarantee[ds]?|promis\w*|assur\w*|swears?|my word|count on|consider it done|trust (me|us)|believe (me|us))\b/i,
    zh: /保证|承诺|担保|确保|包您|包你|满意|放心/,
  },
  description:
    'Guarantees and explicit promises ("we guarantee", "I promise", "rest assured", 保证, 承诺, 包您满意) set a hard expectation you may not be able to meet.',
  examples: {
    flags: [
      'We guarantee delivery by Monday.',
      'I promise this will never happen again.',
      '保证明天完成。',
      '一定给您一个满意的答复。',
    ],
    ignores: [
      "We can't guarantee delivery by Monday.",
      'The parent guarantee is attached.',
      '银行保函已经寄出。',
      '为确保您的信息安全，请私信。',
    ],
  },
  check({ facts }) {
    const { text } = facts;
    if (facts.lang === 'zh') {
      if (ZH_NOT.test(text)) return [];
      return (
        matchesOf(ZH_GUARANTEE, text)
          .filter((m) => zhFirm(facts, m.start, true) && !instruction(text, m.start, m.text))
          // 保证质量是我们的责任: the act named as a subject, not a promise.
          .filter(
            (m) =>
              !(
                /(^|[，,。；;])\s*$/.test(text.slice(0, m.start)) &&
                /^[^，,。]{0,8}?是/.test(text.slice(m.end))
              ),
          )
          // 为了保证… is a purpose; 原承诺 / 此前承诺 names an earlier promise, not a new one.
          .filter(
            (m) =>
              !/(为了|原|此前|之前|曾经?)$/.test(text.slice(Math.max(0, m.start - 2), m.start)),
          )
          .map((m) =>
            makeFinding(this, text, m.start, m.end, '这是硬性保证：一旦做不到，客户会记住。', [
              { label: '改为“争取”', replacement: softenZh(m.text) },
            ]),
          )
      );
    }
    if (EN_FINANCIAL.test(text) || facts.isQuestion || RECIPIENT_CONDITION.test(text)) return [];
    return matchesOf(EN_GUARANTEE, text)
      .filter((m) => !REPRESENTATION.test(text.slice(m.end)))
      .filter(
        (m) =>
          !/\b(not|never|cannot|can't|won't|don't|couldn't)\b[\w\s']{0,12}$/i.test(
            text.slice(
              Math.max(0, m.start - 20),
              m.start +
                m.text.search(
                  /guarantee|promise|assure|swear|rest|word|count|consider|trust|believe/i,
                ),
            ),
          ),
      )
      .filter(
        (m) =>
          !/\b(should|might|may|hopefully|try|aim|hope)\b/i.test(text) || /^rest/i.test(m.text),
      )
      .map((m) =>
        makeFinding(
          this,
          text,
          m.start,
          m.end,
          'A guarantee or explicit promise sets a hard expectation; if anything slips, the client will remember it.',
          [
            {
              label: 'Promise your best effort instead',
              replacement: softenEn(m.text, text.slice(m.end), text.slice(0, m.start)),
            },
          ],
        ),
      );
  },
};

/** A best-effort wording that fits what follows the span ("to…", a clause, or a noun). */
function softenEn(span: string, rest: string, before = ''): string {
  const we = /^(we|our)/i.test(span);
  const subject = /^[A-Z]/.test(span) ? (we ? 'We' : 'I') : we ? 'we' : 'I';
  const best = `${subject} will do ${we ? 'our' : 'my'} best`;
  if (/guaranteed$/i.test(span))
    return span.replace(/(absolutely\s+|fully\s+|100%\s+)?guaranteed$/i, 'expected');
  if (/consider it done/i.test(span)) return "I'll take care of it";
  if (/trust (me|us)|believe (me|us)/i.test(span))
    return /^\s*,/.test(rest) ? `${/^[A-Z]/.test(span) ? 'H' : 'h'}opefully` : 'I expect';
  if (/count on/i.test(span)) return `${/^[A-Z]/.test(span) ? 'W' : 'w'}e'll do our best`;
  // "Rest assured, we will…" has its promise after the comma: a hedge keeps it readable.
  if (/rest assured|my word/i.test(span)) {
    if (/^\s*,/.test(rest)) return `${/^[A-Z]/.test(span) ? 'H' : 'h'}opefully`;
    // Tacked on at the end ("…, you have my word."): the plan is said, not sworn.
    if (/^\s*([.!]|$)/.test(rest)) return `${before.trim() ? 't' : 'T'}hat's our plan`;
    return 'I expect';
  }
  // Tacked on at the end ("…, I promise." / "…, I guarantee it."), a promise becomes a hope.
  if (/^\s*([.!]|$)/.test(rest)) return `${subject} hope`;
  if (/^\s+(it|that)\s*([.!]|$)/i.test(rest)) return `${subject} expect`;
  // "I promise you (that) we'll…" tells; "we promise you a smooth launch" gives.
  // "I guarantee you won't regret it": the reader is the subject of what is guaranteed.
  if (/^\s+you\s*(?:'ll|'re|will|won't|are|can|should|have|get)\b/i.test(rest))
    return `${subject} expect`;
  if (/^\s+you\b/i.test(rest))
    return /^\s+you\s*(that\b|,|[.!]|$|(we|i|it|this|there|they|the|our|your|everything)\b)/i.test(
      rest,
    )
      ? `${subject} can tell`
      : `${best} to give`;
  const next = /^\W*(\w+)/.exec(rest)?.[1]?.toLowerCase() ?? '';
  if (next === 'to') return best;
  // A clause follows ("we guarantee the line will be installed…"): do our best to make sure of it.
  if (
    /^(that|it|this|we|they|he|she|i|i'm|i'll|we'll|your)$/.test(next) ||
    /^\s+[^.,;!?]*?\b(will|'ll|won't|is|are|shall|can)\b/i.test(rest)
  )
    return `${best} to make sure`;
  return `${subject} aim for`;
}

/**
 * 保证/承诺 → 争取; 包您满意 → 尽力让您满意; a promised "satisfying" answer loses the adjective; 放心 goes
 * with its comma, before or after it; 不会有任何 (no loss at all) becomes 不会有太大.
 */
function softenZh(span: string): string {
  return span
    .replace(/包(您|你)满意/, '尽力让$1满意')
    .replace(/保证|承诺|担保|确保/, '争取')
    .replace(/满意的?(?=答复|处理结果|结果|说法|交代|解决方案|处理)/, '')
    .replace(/处理好|解决好|妥善处理/, '尽力处理')
    .replace(/[，,]\s*(请)?(您|你)?放心$/, '')
    .replace(/(请)?(您|你)?放心[，,]?/, '')
    .replace(/不会有任何/, '不会有太大');
}

const ADVICE = /请|建议|麻烦|需要|须|您可以|你可以|务必|记得|注意|如果|如/;

/** 保证/确保 opening a clause or after 需/建议 is advice to the reader ("保证手机有电"), not a promise. */
function instruction(text: string, start: number, cue: string): boolean {
  if (!/^(保证|确保)/.test(cue)) return false;
  const clauseStart =
    Math.max(
      ...[',', '，', '。', '.', '；', ';', '！', '!'].map((p) => text.lastIndexOf(p, start - 1)),
    ) + 1;
  const prefix = text.slice(clauseStart, start).trim();
  return (
    // After the writer's own clauses ("下周五给您，保证零bug") it is a promise; after a request, advice.
    (prefix === '' && clauseStart > 0 && ADVICE.test(text.slice(0, clauseStart))) ||
    /(需|需要|要|建议|请|可以|能|并且|并|来|以)$/.test(prefix)
  );
}
