/**
 * overpromise-outcome: an absolute claim about how things will turn out, with or without an action of
 * the writer's — an assurance tacked onto a prediction ("your rankings will skyrocket, guaranteed",
 * "…, no question", "count on it", "I'd bet my job on it"), a failure ruled out for good ("this roof will
 * never leak", "no leaks, ever", "zero chance of any delay", "there's no way it goes over budget"),
 * flawless quality promised ("the rollout will be flawless", "running flawlessly", "without a hitch"),
 * and in Chinese 包过, 万无一失, 一分不少, 零bug, 一模一样, 100%送到, 绝对放心. Not: the same words hedged,
 * negated, asked, about the past or present ("it ran flawlessly last week"), or as advice.
 */
import { makeFinding, matchesOf } from '../rule-kit/finding';
import { zhClauseBefore, zhFirm } from '../rule-kit/overpromise-context';
import type { Rule, SentenceFacts } from '../types';

/** Assurances appended to or put before a prediction. */
const EN_TAG =
  /(?:[,;:—–-]\s*|^\s*)(?:guaranteed|period|full stop|no questions?(?: about it)?|no exceptions|no ifs,? ands,? or buts|(?:you can )?count on it|mark my words|take it to the bank|hands down|(?:i'?d|i would|i'll) bet my (?:job|life|house|reputation|career) on it)(?=\s*[.!—–-]|\s*$|\s*,)/gi;

/** Failure ruled out for good, and totality of outcome. */
const EN_NEVER =
  /\b(?:will|'ll|is going to|are going to)\s+never\s+(?:leak|break|fail|crash|go down|let you down|rust|fade|wear out|stop working|be late|miss a|lose)\w*|\bwill\s+last\s+(?:a|for a|you a)?\s*(?:lifetime|forever)|\bno\s+\w+s?,\s+ever\b|\bzero chance\b|\bthere(?:'s| is) no way\b(?=[^.!?]*\b(?:go|goes|be|is|will|fail|slip|miss|run)\b)/gi;

/**
 * Totality and permanence: every deadline met, all problems solved, fixed for good, never another
 * issue, a bare "definitely by Friday", "100% on time", "you're guaranteed…", nothing to worry about.
 */
const EN_TOTAL =
  /\b(?:meet|hit|make)\s+(?:every|each|all)\s+(?:single\s+)?(?:deadline|milestone|target|date)s?\b|\b(?:solve|fix|resolve|eliminate)\s+(?:all|every one)\s+(?:of\s+)?your\s+(?:problems|issues)\b|\b(?:fixed|solved|resolved|gone|sorted)\s+(?:for good|once and for all|permanently)\b|\byou(?:'ll| will)\s+never\s+(?:have|see|face|get)\s+(?:another|any|this|that|a single)\s+(?:problem|issue|complaint|outage|delay)\b|(?:^|[.!?]\s+|—\s*)(?:definitely|certainly|absolutely|100%)\s+(?:by|before|on|within)\s+\w+|\b100\s?%\s+on\s+(?:time|schedule|budget)\b|\byou(?:'re| are|'ll be| will be)\s+guaranteed\b|\byou have nothing to worry about\b|\b(?:will|'ll) always (?:deliver|answer|respond|reply|arrive|get (?:a|an) (?:answer|reply|response))\b|\bnever miss(?:es)? a (?:deadline|delivery|date|shipment)\b|\b(?:will|'ll)\b[^.;!?]{0,40}\bwithout any (?:downtime|disruption|interruption|issues|problems|delays|hiccups|glitches)\b|\b(?:you have )?(?:my|our) (?:personal )?guarantee\b|\byou can be (?:absolutely |completely )?(?:sure|certain|confident)\b|\b(?:that's|it's|this is) a promise\b|\byou have (?:our|my) word\b|\b(?:we|i)(?:'ll| will) not (?:let you down|miss (?:the|your|a) deadline|be late)\b|\b(?:we|i) won't (?:let you down|miss (?:the|your|a) deadline|be late)\b|\bat all costs\b|\bnot (?:a|one) single (?:defect|bug|issue|problem|complaint|error|delay|glitch|\w+ will)\b|\bno (?:chance|risk) (?:of|that)\b|\ba sure thing\b|\bnothing (?:can|could|will) go wrong\b|\b(?:will|'ll) be (?:bulletproof|foolproof|rock-solid)\b|\bwill (?:double|triple|quadruple|skyrocket|soar)\b|\b(?:we|i) can (?:do|handle|deliver|make|build|fix|solve|take care of) (?:absolutely )?(?:anything|everything|whatever)\b(?![^.;!?]*\b(?:but|except|within|as long as|provided)\b)|\bwill be the (?:best|fastest|smoothest|easiest) [^.;!?]{0,40}\bever\b|\bguaranteed (?:delivery|results?|savings|approval|placement|rankings?|success|uptime|turnaround|returns?)\b/gi;

/** Flawless quality promised for a future result. */
const EN_FLAWLESS =
  /\b(?:will|'ll)\s+(?:be|run|go|look|work|come out)\s+(?:absolutely\s+|totally\s+|completely\s+)?(?:flawless(?:ly)?|perfect(?:ly)?|seamless(?:ly)?|spotless|impeccabl[ey])\b|\b(?:running|working|go(?:ing)? off|run)\s+(?:flawlessly|perfectly|seamlessly|without (?:a|any) (?:single )?(?:hitch|glitch))\b|\bwithout (?:a|any) single (?:hitch|glitch|problem|issue)\b|\bevery (?:bug|issue|defect|problem|error) (?:squashed|fixed|resolved|gone|ironed out)\b/gi;

/** Hedges and negations that take the absolute out of a sentence. */
const EN_SOFT =
  /\b(should|might|may|hopefully|hope|aim|aiming|try|trying|expect|likely|probably|i think|i believe|if all goes|assuming|cannot|can't|won't be able|not)\b/i;

/** Past or present reports: "it ran flawlessly last week", "there was no way to…". */
const EN_REPORT = /\b(was|were|ran|went|has been|have been|had|did|turned out)\b/i;

const ZH_OUTCOME =
  /放一百个心|一百个放心|包在我身上|妥妥的|一(?:个|件|样|分|箱)(?:都|也)不(?:会)?(?:少|漏|差|错)|(?:绝对|肯定|一定)(?:能|会)?(?:办妥|搞定|到位|准时到|按时到)|包(?:过|您过|你过|您通过|你通过|您拿到|你拿到|您成功|你成功|成功)|万无一失|一分不少|分文不少|丝毫不差|一模一样|零(?:bug|BUG|Bug|故障|差错|失误|投诉|缺陷|风险)|(?:100%|百分百|百分之百)(?:送到|到货|通过|成功|顺利|满意|解决|能|会|没问题)|(?:绝对|百分百|完全|尽管)放心|一定全部|(?:都|全)能全额/g;

/** Chinese hedges, advice and reports of the past that take the absolute out (上次办得万无一失). */
const ZH_SOFT =
  /尽量|争取|尽力|可能|应该|大概|也许|希望|一般|通常|建议|请|如果|不一定|难以|无法|上次|上回|以前|去年|昨天|当时|上周|上个?月/;

export const overpromiseOutcome: Rule = {
  id: 'overpromise-outcome',
  kind: 'overpromise',
  severity: 'warning',
  cues: {
    en: /\b(single|chance|risk|sure thing|go wrong|bulletproof|foolproof|rock-solid|double|triple|quadruple|skyrocket|soar|anything|everything|whatever|ever|can be (absolutely |completely )?(sure|certain|confident)|a promise|(our|my) word|let you down|miss (the|your|a) deadline|be late|at all costs|guaranteed|our (personal )?guarantee|period|full stop|always|never miss|without any|my (personal )?guarantee|(meet|hit|make) (every|each|all)|all (of )?your|for good|once and for all|permanently|definitely|certainly|absolutely|nothing to worry|guaranteed|no questions?|no exceptions|count on it|mark my words|bet my|bank|hands down|never|lifetime|forever|ever|zero chance|no way|flawless\w*|perfect\w*|seamless\w*|spotless|impeccabl\w|hitch|glitch|squashed)\b|100\s?%/i,
    zh: /一百个|包在我|妥妥|都不|也不|办妥|搞定|到位|准时到|按时到|包|万无一失|一分不少|分文不少|丝毫不差|一模一样|零|100%|百分百|百分之百|放心|一定全部|全额/,
  },
  description:
    'Absolute claims about how things will turn out (", guaranteed", "count on it", "will never leak", "the rollout will be flawless", 包过, 万无一失, 一分不少, 零bug) promise an outcome nobody fully controls.',
  examples: {
    flags: [
      'Your new site will rank on the first page, guaranteed.',
      'This roof will never leak.',
      'The rollout will be flawless.',
      'The units will be on your dock Monday, count on it.',
      '报我们的课程，考试包过。',
      '这次活动我们全程负责，保管万无一失。',
      '下周一发货，周四之前100%送到。',
    ],
    ignores: [
      'The rollout should be smooth if the data is clean.',
      'Last year the launch ran flawlessly.',
      'We cannot promise it will be perfect.',
      'Is that guaranteed?',
      '建议您确认一下颜色是否一模一样。',
      '一般情况下都能顺利通过。',
    ],
  },
  check({ facts }) {
    const { text } = facts;
    if (facts.isQuestion) return [];
    if (facts.lang === 'zh') {
      return (
        matchesOf(ZH_OUTCOME, text)
          // 您…放心 has the reader as its subject by nature: the assurance is still the writer's.
          .filter(
            (m) =>
              (/放心$|一百个心$/.test(m.text) || zhFirm(facts, m.start, true)) &&
              !ZH_SOFT.test(zhClauseBefore(text, m.start)),
          )
          .map((m) =>
            makeFinding(
              this,
              text,
              m.start,
              m.end,
              `“${m.text}”是对结果的绝对承诺：结果并不完全由您掌控。`,
              [{ label: '改为留有余地的说法', replacement: softenZh(m.text) }],
            ),
          )
      );
    }
    if (EN_SOFT.test(text.replace(/\bnot (a|one) single\b/gi, '')) || EN_REPORT.test(text))
      return [];
    const tags = matchesOf(EN_TAG, text).filter((m) => predicts(facts, m));
    const absolutes = [EN_NEVER, EN_FLAWLESS, EN_TOTAL].flatMap((re) => matchesOf(re, text));
    return [...tags, ...absolutes].map((m) =>
      makeFinding(
        this,
        text,
        m.start,
        m.end,
        `"${m.text.replace(/^[\s,;:—–-]+/, '')}" promises an outcome nobody fully controls.`,
        [{ label: 'Say what you expect instead', replacement: softenEn(m.text) }],
      ),
    );
  },
};

/** A tag assures something only beside a statement about the future. */
function predicts(facts: SentenceFacts, m: { start: number; end: number }): boolean {
  const rest = facts.text.slice(0, m.start) + facts.text.slice(m.end);
  return /\b(will|'ll|won't|going to|is|are)\b/i.test(rest);
}

function softenEn(span: string): string {
  const lead = /^[\s,;:—–-]+/.exec(span)?.[0] ?? '';
  const body = span.slice(lead.length);
  if (/^(flawless|perfect|seamless|spotless|impeccabl)/i.test(body.split(/\s+/).pop() ?? ''))
    return span.replace(
      /(absolutely\s+|totally\s+|completely\s+)?(flawless|perfect|seamless|spotless|impeccable)(ly)?$/i,
      (_w, _a, _b, ly) => (ly ? 'smoothly' : 'smooth'),
    );
  if (/^will\s+never\s+/i.test(body)) return body.replace(/^will\s+never\s+/i, 'should not ');
  if (/^'ll\s+never\s+/i.test(body)) return body.replace(/^'ll\s+never\s+/i, ' should not ');
  const plain = plainClaim(body);
  if (plain !== undefined) return lead + plain;
  if (lead) return lead.includes(',') ? ', as far as we can tell' : `${lead}we expect so`;
  // "Guaranteed — your graphics will be there": a tag that opens the sentence.
  return /^[A-Z]/.test(body) ? 'Most likely' : 'we expect so';
}

/** What can honestly be said in the place of an absolute claim, so the sentence still reads. */
function plainClaim(body: string): string | undefined {
  const cap = (s: string) => (/^[A-Z]/.test(body) ? s[0]!.toUpperCase() + s.slice(1) : s);
  if (/without (a|any) (single )?(hitch|glitch|problem|issue)/i.test(body))
    return body.replace(/without (a|any) (single )?(hitch|glitch|problem|issue)/i, 'smoothly');
  const every = /^every (\w+) (squashed|fixed|resolved|gone|ironed out)$/i.exec(body);
  if (every) return cap(`the known ${every[1]}s ${every[2]}`);
  if (/^zero chance$/i.test(body)) return cap('little chance');
  if (/^there(?:'s| is) no way$/i.test(body)) return cap('it is unlikely');
  if (/^will\s+last/i.test(body)) return 'should last for many years';
  const ever = /^no (\w+), ever$/i.exec(body);
  if (ever) return cap(`no ${ever[1]} expected`);
  return undefined;
}

function softenZh(span: string): string {
  return span
    .replace(/^放一百个心$|^一百个放心$/, '放心')
    .replace(/^妥妥的$/, '尽量稳妥')
    .replace(/^包在我身上$/, '交给我来办')
    .replace(/^包过$/, '争取通过')
    .replace(/^包成功$/, '争取成功')
    .replace(/^包(您|你)/, '尽力帮$1')
    .replace(/万无一失/, '尽量稳妥')
    .replace(/一分不少|分文不少/, '按条款足额')
    .replace(/丝毫不差|一模一样/, '尽量一致')
    .replace(/^零(.+)$/, '尽量减少$1')
    .replace(/^(绝对|百分百|完全|尽管)放心/, '放心')
    .replace(/^(100%|百分百|百分之百)/, '争取')
    .replace(/^一定全部/, '尽力全部')
    .replace(/^(都|全)能全额/, '按条款');
}
