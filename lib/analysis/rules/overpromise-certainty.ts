/**
 * overpromise-certainty: absolute certainty about a future outcome the writer cannot fully control
 * ("it will definitely be done tomorrow", "we will certainly deliver", "I am certain the broker will
 * accept", 一定, 肯定, 绝对, 百分之百). Not: opinions or present facts ("you were absolutely right",
 * "definitely interesting"), hedged or negated statements, questions, third parties, 一定要 (advice to
 * the reader), 一定程度, 不一定, 您的肯定.
 */
import { makeFinding, matchesOf } from '../rule-kit/finding';
import { enFirmClause, zhClauseBefore, zhFirm } from '../rule-kit/overpromise-context';
import type { Rule } from '../types';

const EN_CERTAINTY =
  /\b(?:definitely|certainly|absolutely|surely|undoubtedly|for sure|for certain|without fail|without (?:a )?doubt|without question|beyond (?:any )?doubt|no doubt|one hundred percent)\b|\b100\s?%/gi;

/** "I am certain/sure/confident that X will…": certainty about the future on the writer's word. */
const EN_CERTAIN_FRAME =
  /\b(i am|i'm|we are|we're)\s+((absolutely|completely|totally|100%)\s+(certain|positive|sure|confident)\s+(that\s+)?(?!(i|we)\b)[\w\s']{1,40}?\b(will|'ll)\s|(certain|positive)\s+(that\s+)?[\w\s']{1,40}?\b(will|'ll|can)\s(?!(try|look|check|discuss|talk|help|work)\b))/gi;

/** Certainty about effort ("I will certainly look into it") promises no outcome. */
const EFFORT =
  /^(look|check|review|consider|investigate|try|think|discuss|talk|keep|welcome|appreciate|work|be happy|be glad|pass)\b/i;

/** Certainty phrases that may follow the verb ("I'll send it tomorrow without fail"). */
const POST_VERB =
  /^(for sure|for certain|without fail|without question|beyond (any )?doubt|100|one hundred)/i;

const ZH_CERTAINTY =
  /(?<![不没的与及和])(?:一定|肯定|绝对|百分之百|百分百|100%|必定|必将|定会|务必)(?=[会能将给为帮把替让按严到送发交弄搞办]|可以|不会|没问题|做|处理|解决|满意|及时|准时|如期|上门|负责|第一时间|马上|立即|尽快|完成)(?![^,，。.!！]{0,4}(?:努力|全力|尽力|认真|重视|积极|考虑|研究|改进|转达|记录|反馈|对待|加强|完善|改善|提升|提高|优化))/g;

/** A certainty under a disclaimer ("不保证一定能修好") is not asserted. */
const ZH_DISCLAIMED = /不(?:能|敢)?保证|无法保证|难以保证|不承诺|不敢说|不一定/;

/** An English certainty inside a condition ("if the parts arrive Monday, we'll for sure…") is not absolute. */
const EN_CONDITION =
  /\b(if|as long as|provided( that)?|providing|assuming|unless|so long as)\b(?!\s+(you|your)\b)/i;

export const overpromiseCertainty: Rule = {
  id: 'overpromise-certainty',
  kind: 'overpromise',
  severity: 'warning',
  cues: {
    en: /\b(definitely|certainly|absolutely|surely|undoubtedly|for (sure|certain)|without (fail|a doubt|doubt|question)|beyond (any )?doubt|no doubt|one hundred|certain|positive|sure|confident)\b|\b100\s?%/i,
    zh: /一定|肯定|绝对|百分之百|100%|必定|必将|定会|务必/,
  },
  description:
    'Absolute certainty about a future outcome (definitely, certainly will, 100%, without fail, 一定, 肯定, 绝对) promises more than anyone controls.',
  examples: {
    flags: [
      'It will definitely be done tomorrow.',
      'We will certainly deliver on time.',
      '我们一定会处理好您的问题。',
      '绝对没问题，明天给您。',
    ],
    ignores: [
      'You were absolutely right.',
      'That is definitely interesting.',
      '这一步一定要完成。',
      '感谢您的肯定。',
    ],
  },
  check({ facts }) {
    const { text } = facts;
    if (facts.lang === 'zh') {
      return matchesOf(ZH_CERTAINTY, text)
        .filter(
          (m) => zhFirm(facts, m.start, true) && !ZH_DISCLAIMED.test(zhClauseBefore(text, m.start)),
        )
        .map((m) => {
          // "一定会处理好" reads "会尽力处理好" once softened, so the 会 joins the span.
          const end = text[m.end] === '会' && !m.text.endsWith('会') ? m.end + 1 : m.end;
          const span = text.slice(m.start, end);
          return makeFinding(
            this,
            text,
            m.start,
            end,
            `“${m.text}”是绝对的保证：结果并不完全由您掌控。`,
            [softenZh(span, text.slice(end))],
          );
        });
    }
    const hits = matchesOf(EN_CERTAINTY, text).filter((m) => {
      if (
        EN_CONDITION.test(text.slice(0, m.start)) ||
        EN_CONDITION.test(text.slice(m.end, m.end + 12))
      )
        return false;
      const clause = enFirmClause(facts, m.start, m.end);
      if (!clause || EFFORT.test(clause.action)) return false;
      return m.start < clause.actionStart || POST_VERB.test(m.text);
    });
    const frames = facts.isQuestion
      ? []
      : matchesOf(EN_CERTAIN_FRAME, text).filter(
          (m) => !/\b(fairly|pretty|quite|reasonably)\b/i.test(m.text),
        );
    return [...hits, ...frames].map((m) => {
      // A tag at the end of a clause ("…by Friday, 100%.") goes with its comma.
      const tag = /^\s*([.!?;—–]|$)/.test(text.slice(m.end))
        ? /,\s*$/.exec(text.slice(0, m.start))
        : null;
      // Opening the sentence ("Without a doubt, you'll…"), it gives way to a hedge before the comma.
      const opener = /^\s*$/.test(text.slice(0, m.start)) && /^\s*,/.test(text.slice(m.end));
      // After the verb ("ready on Friday without question."), it goes with the space before it.
      const trailing =
        !tag &&
        !opener &&
        /^\s*[.!?;]/.test(text.slice(m.end)) &&
        /\s$/.test(text.slice(0, m.start));
      const start = tag ? m.start - tag[0].length : trailing ? m.start - 1 : m.start;
      if (opener)
        return makeFinding(
          this,
          text,
          m.start,
          m.end,
          `"${m.text.trim()}" promises certainty about an outcome you do not fully control.`,
          [{ label: 'Remove the certainty', replacement: 'Most likely' }],
        );
      // Removing a word takes the space after it too, so the fix leaves no double space.
      const end =
        !tag && /^\s/.test(text.slice(m.end)) && !/\b(certain|positive|confident)\b/i.test(m.text)
          ? m.end + 1
          : m.end;
      return makeFinding(
        this,
        text,
        start,
        end,
        `"${m.text.trim()}" promises certainty about an outcome you do not fully control.`,
        [
          {
            label: 'Remove the certainty',
            replacement: tag || trailing ? '' : softenEn(text.slice(start, end)),
          },
        ],
      );
    });
  },
};

/** A frame ("I'm absolutely sure you'll") turns hopeful; a certainty adverb goes ("fully" for 100%). */
function softenEn(span: string): string {
  if (/\b(certain|positive|sure|confident)\b/i.test(span) && /\b(will|'ll|can)\s*$/i.test(span))
    return span.replace(
      /((absolutely|completely|totally|100%)\s+)?(certain|positive|sure|confident)/i,
      'hopeful',
    );
  return /100|hundred/i.test(span) ? 'fully ' : '';
}

/**
 * 绝对没问题 → 应该没问题 and 肯定不会再出现 → 应该不会再出现 (a prediction turns likely); 绝对不会泄露
 * loses 绝对 (a promise of restraint stays a plain promise); 一定会处理 → 会尽力处理.
 */
function softenZh(span: string, after: string): { label: string; replacement: string } {
  if (/^(没问题|不会再|能|可以)/.test(after)) return { label: '改为“应该”', replacement: '应该' };
  if (/^不会/.test(after)) return { label: `去掉“${span}”`, replacement: '' };
  return { label: '改为“尽力”', replacement: /会$/.test(span) ? '会尽力' : '尽力' };
}
