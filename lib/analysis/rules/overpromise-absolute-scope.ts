/**
 * overpromise-absolute-scope: promises without limits of scope or frequency ("this will never happen
 * again", "anything you need", "whatever it takes", "always available", "no problem at all, we'll…",
 * 永远, 任何需求, 不会再出现, 不会有任何损失). Not: "let me know if you need anything" (an offer), "no
 * problem!" as thanks, questions, negated or hedged statements, 您可随时联系我们 (the reader's option).
 */
import { makeFinding, matchesOf } from '../rule-kit/finding';
import { enFirmClause, zhFirm } from '../rule-kit/overpromise-context';
import type { Rule } from '../types';

const EN_SCOPE =
  /\b(never (happens?|occurs?) again|(will not|won't|will never|never) (happen|occur|recur) (again|in the future)|never again|anything (you need|you want|at all)|whatever (it takes|you need|you want)|no matter what|always be (available|there|on time)|every (single )?time|24\/7|nothing will go wrong)\b/gi;

/** Absolute quality claims, true of any tense ("100% secure", "bug-free", "zero risk"; not "risk-free rate"). */
const EN_FULL_QUALITY =
  /\b100\s?%\s+(secure|safe|reliable|accurate|guaranteed|bug-free|error-free|risk-free|uptime|satisfaction|compatible|effective|available)\b|\b(?:(?:completely|totally|entirely|fully|absolutely)\s+)?(bug|error|defect|problem|trouble|hassle|worry)-free\b|\brisk-free\b(?!\s+(rate|interest|asset|return|bond))|\b(?:totally|completely|perfectly|absolutely)\s+(?:safe|secure)\b|\bzero (risk|defects|issues|downtime|errors)\b/gi;

/** "No problem at all" is an overpromise only beside a promise in the same sentence. */
const EN_NO_PROBLEM = /\bno problem(s)? at all\b/gi;

const ZH_SCOPE =
  /永远不会|永远(?=没|也不|都不|都会|会)|任何(?:需求|要求|问题)(?:都|我们都)|不会(?:再|有任何)|再也不会|绝不会|绝不(?:让|再)|(?:所有|一切)问题(?:都)?(?:会|能)|(?:我们|我司|小编)随时/g;

export const overpromiseAbsoluteScope: Rule = {
  id: 'overpromise-absolute-scope',
  kind: 'overpromise',
  severity: 'warning',
  cues: {
    en: /\b(safe|secure|never|again|always|happen|occur|recur|anything|whatever|no matter|every (single )?time|nothing will|no problems?|zero)\b|24\/7|\b100\s?%|-free\b/i,
    zh: /永远|任何|不会|再也|绝不|所有|一切|随时/,
  },
  description:
    'Promises with no limit of scope or frequency (never again, always, anything you need, whatever it takes, 永远, 任何需求, 不会再出现) invite expectations nobody can meet.',
  examples: {
    flags: [
      'I promise this will never happen again.',
      "No problem at all, we'll do anything you need.",
      '这种情况以后不会再出现。',
      '您不会有任何损失。',
    ],
    ignores: [
      'Let me know if you need anything.',
      'No problem at all!',
      '您可随时联系我们。',
      'I never said that.',
    ],
  },
  check({ facts }) {
    const { text } = facts;
    if (facts.lang === 'zh') {
      return matchesOf(ZH_SCOPE, text)
        .filter((m) => zhFirm(facts, m.start, true) || /^不会/.test(m.text))
        .filter(() => !facts.isQuestion)
        .map((m) =>
          makeFinding(this, text, m.start, m.end, `“${m.text}”没有范围限制，容易让客户期待过高。`, [
            {
              label: '加上限定',
              replacement: m.text.replace(
                /永远不会|永远|任何|不会再|再也不会|绝不会|绝不让|绝不再|不会有任何|所有|一切|随时/,
                (w) => ZH_SOFTER[w] ?? w,
              ),
            },
          ]),
        );
    }
    const promise = facts.clauses.some(
      (c) => c.actor === 'writer' && !c.negated && !c.hedged && !c.conditional,
    );
    const hits = [
      ...matchesOf(EN_SCOPE, text).filter(
        (m) =>
          enFirmClause(facts, m.start, m.end) ||
          assuresOutcome(text, m.start) ||
          rulesOutRecurrence(text, m),
      ),
      ...matchesOf(EN_NO_PROBLEM, text).filter(() => promise && !facts.isQuestion),
      ...matchesOf(EN_FULL_QUALITY, text).filter(
        () => !facts.isQuestion && !/\b(not|never|isn't|aren't|wasn't)\b/i.test(text),
      ),
    ];
    return hits.map((m) =>
      makeFinding(
        this,
        text,
        m.start,
        m.end,
        `"${m.text}" has no limits; it invites expectations nobody can meet.`,
        [
          {
            label: 'Limit the promise',
            // Opening the sentence ("Whatever it takes, we will…"), the limit reads as a manner.
            replacement:
              !text.slice(0, m.start).trim() && /^\s*,/.test(text.slice(m.end))
                ? 'As best we can'
                : // Inside the sentence ("…a refund no matter what the airline says").
                  /^no matter what$/i.test(m.text) && /^\s+\w/.test(text.slice(m.end))
                  ? 'as far as we can, whatever'
                  : softerEn(m.text),
          },
        ],
      ),
    );
  },
};

const ZH_SOFTER: Record<string, string> = {
  永远不会: '应该不会',
  永远: '长期',
  任何: '大部分',
  不会再: '尽量不再',
  再也不会: '尽量不再',
  绝不会: '尽量不会',
  绝不让: '尽量不让',
  绝不再: '尽量不再',
  不会有任何: '不会有太大',
  所有: '大部分',
  一切: '大部分',
  随时: '在工作时间',
};

/**
 * "…; it won't happen again" assures the future by itself, even after an apology for the past — unless
 * hedged or disclaimed before it ("we can't promise it won't happen again").
 */
function rulesOutRecurrence(text: string, m: { start: number; text: string }): boolean {
  return (
    /^(will not|won't|will never) (happen|occur|recur) again/i.test(m.text) &&
    !/\b(should|might|may|hope|hopefully|try|cannot|can't|not|no guarantee|if|unless)\b/i.test(
      text.slice(0, m.start),
    )
  );
}

/** "I will see that this will not happen again": the writer assures an outcome about "this". */
function assuresOutcome(text: string, start: number): boolean {
  const before = text.slice(0, start);
  return (
    /\b(i|we)\b[^.?!]*\b(will|'ll|promise|ensure|make sure|see (to it )?that)\b/i.test(before) &&
    !/\b(not|never|can't|cannot|try|hope|aim)\b[^.?!]*$/i.test(
      before.replace(/\b(will|would|could|does|did) not (happen|occur)\b.*$/, ''),
    )
  );
}

/** Limited wording that fits where the span stood ("we will do ___", "it ___", "it is ___"). */
function softerEn(span: string): string {
  const lower = span.toLowerCase();
  if (/nothing will go wrong/.test(lower)) return 'we do not expect anything to go wrong';
  if (/never|not|won't/.test(lower)) return 'is much less likely to happen again';
  if (/no matter what/.test(lower)) return 'as best we can';
  if (/anything|whatever/.test(lower)) return 'what we reasonably can';
  if (/always be available|24\/7/.test(lower)) return 'be available during business hours';
  if (/always be there/.test(lower)) return 'be there to help';
  if (/always be on time/.test(lower)) return 'aim to be on time';
  if (/every (single )?time/.test(lower)) return 'as a rule';
  if (/^no problems? at all/.test(lower)) return `${span[0] === 'N' ? 'H' : 'h'}appy to help`;
  if (/^(totally|completely|perfectly|absolutely)\s+(safe|secure)$/.test(lower))
    return 'well protected';
  return (
    QUALITY[
      lower.replace(/^(100\s?%|zero|completely|totally|entirely|fully|absolutely|perfectly)\s+/, '')
    ] ?? span.replace(/^100\s?%\s+/, 'highly ')
  );
}

/** Absolute quality claims and what can honestly be said instead. */
const QUALITY: Record<string, string> = {
  'bug-free': 'thoroughly tested',
  'error-free': 'thoroughly tested',
  'defect-free': 'thoroughly tested',
  'risk-free': 'low-risk',
  'problem-free': 'smooth',
  'trouble-free': 'smooth',
  'hassle-free': 'smooth',
  'worry-free': 'smooth',
  guaranteed: 'expected',
  uptime: 'high uptime',
  satisfaction: 'high satisfaction',
  risk: 'low risk',
  defects: 'very few defects',
  issues: 'very few issues',
  errors: 'very few errors',
  downtime: 'minimal downtime',
};
