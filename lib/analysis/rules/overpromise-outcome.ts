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

/**
 * One English shape: what it matches and how the same thing is said without the absolute. `soften`
 * gets the matched words and the text after them, and returns words that read naturally in their place.
 */
interface Shape {
  re: RegExp;
  soften: (span: string, after: string) => string;
}

const cap = (like: string, s: string) =>
  /^[A-Z]/.test(like.trimStart()) ? s[0]!.toUpperCase() + s.slice(1) : s;

/** "will" in any of its spellings, so "you'll never" and "it will never" soften alike. */
const should = (span: string) =>
  span
    .replace(/\bwill never\b|\bnever will\b|\bwill not\b/i, 'should not')
    .replace(/'ll never\b|\bwon't\b/i, (w) => (w.startsWith("'") ? ' should not' : "shouldn't"))
    .replace(/\bwill\b/i, 'should')
    .replace(/'ll\b/i, ' should');

/**
 * Assurances appended to or put before a prediction: ", guaranteed", "no question", "count on it",
 * "whatever it takes", "no matter what", "I'd bet my job on it". Only beside a statement about the
 * future (see `predicts`).
 */
const EN_TAG: Shape = {
  re: /(?:[,;:—–-]\s*|^\s*)(?:guaranteed|period|full stop|no questions?(?: about it| asked)?|no exceptions|no excuses|no doubt about it|no ifs,? (?:ands,? )?or buts|(?:you can )?count on it|promise|no matter what(?: happens)?|whatever (?:it takes|happens)|come what may|rain or shine|mark my words|take it to the bank|hands down|(?:i'?d|i would|i'll) bet my (?:job|life|house|reputation|career) on it)(?=\s*[.!—–-]|\s*$|\s*,)/gi,
  soften: (span) => {
    const lead = /^[\s,;:—–-]+/.exec(span)?.[0] ?? '';
    if (lead.trim()) return `${lead.includes(',') ? ',' : lead.trimEnd()} as far as we can tell`;
    return /^[A-Z]/.test(span.trim()) ? 'Most likely' : 'most likely';
  },
};

/** Failure ruled out for good: "will never leak", "no leaks, ever", "zero chance", "there's no way". */
const EN_NEVER: Shape[] = [
  {
    re: /\b(?:will|'ll|is going to|are going to)\s+never\s+(?:leak|break|fail|crash|go down|let you down|rust|fade|wear out|stop working|be late|miss a|lose)\w*/gi,
    soften: (span) => should(span.replace(/\b(is|are) going to never\b/i, 'will never')),
  },
  {
    re: /\bwill\s+last\s+(?:a|for a|you a)?\s*(?:lifetime|forever)/gi,
    soften: () => 'should last for many years',
  },
  { re: /\bno\s+\w+s?,\s+ever\b/gi, soften: (span) => span.replace(/,\s+ever$/i, ' expected') },
  { re: /\bzero chance\b/gi, soften: (span) => cap(span, 'little chance') },
  {
    re: /\bthere(?:'s| is) no way\b(?=[^.!?]*\b(?:go|goes|be|is|will|fail|slip|miss|run)\b)/gi,
    soften: (span) => cap(span, 'it is unlikely'),
  },
];

/**
 * Ruled out for the future, which no report of the past takes back ("sorry you were kept waiting; it
 * won't happen again"): a recurrence ("it won't leak again", "you'll never have to chase us again",
 * "we'll make sure nothing like this ever happens again"), and failure made impossible ("your campaign
 * can't fail", "no hacker will ever get in", "nothing will slip through the cracks", "you won't be
 * disappointed"). "I won't see you again until May" is a plan, not this.
 */
const EN_RULED_OUT: Shape[] = [
  {
    re: /\b(?:will never|'ll never|never will|won't|will not)\s+(?:ever\s+)?(?:happen|occur|recur|leak|break|fail|crash|go down|be late|be delayed|let you down|lose|miss|slip|drop)\w*\b[^.;!?]{0,40}?\bagain\b(?!\s+(?:until|till|before|unless))/gi,
    soften: should,
  },
  {
    re: /\byou(?:'ll| will)?\s+(?:never|not|won't)\s+(?:\w+\s+)?(?:have to|need to|see|experience|face|chase|wait|worry|deal with|run into)\b[^.;!?]{0,40}?\bagain\b(?!\s+(?:until|till|before|unless))/gi,
    soften: should,
  },
  {
    re: /\b(?:make sure|ensure|see to it)\b(?:\s+that)?[^.;!?]{0,40}?\b(?:doesn't|does not|isn't|is not|nothing\b[^.;!?]{0,30}?\bever)\b[^.;!?]{0,30}?\bagain\b/gi,
    soften: (span) => `do everything we can to ${span}`,
  },
  {
    re: /\b(?:can(?:not|'t)|can never|will never|'ll never)\s+(?:fail|go wrong|be hacked|be breached)\b/gi,
    soften: (span) =>
      span.replace(/^(?:can(?:not|'t)|can never|will never|'ll never)/i, (w) =>
        w.startsWith("'") ? ' should not' : 'should not',
      ),
  },
  {
    re: /\bno\s+(?:\w+\s+){1,2}?(?:will|'ll)\s+ever\b/gi,
    soften: (span) => span.replace(/(?:\s*will|'ll)\s+ever$/i, ' should'),
  },
  {
    re: /\bnothing\s+(?:will|'ll)\s+(?:ever\s+)?(?:slip|fall) through the cracks\b|\bnothing\s+(?:will|'ll)\s+(?:ever\s+)?(?:be|get)\s+(?:missed|lost|overlooked|forgotten)\b/gi,
    soften: (span) => span.replace(/\s*(?:will|'ll)\s+(?:ever\s+)?/i, ' should '),
  },
  {
    re: /\byou(?:'ll| will)?\s+(?:not|never|won't)\s+(?:be disappointed|regret (?:it|this|that)|be let down)\b/gi,
    soften: (span) => `${cap(span, 'we')} hope ${span.replace(/^You/, 'you')}`,
  },
  {
    re: /\b(?:will|'ll)\s+never\s+(?:notice|know the difference)\b/gi,
    soften: should,
  },
  {
    re: /\byou won't find (?:a )?(?:better|cheaper|lower|faster)\b[^.;!?]{0,30}?\banywhere\b/gi,
    soften: (span) => `${cap(span, 'we think')} ${span.replace(/^You/, 'you')}`,
  },
  {
    re: /\b(?:won't|will not|never|not)\s+(?:pay|be charged|owe|spend)\s+(?:a|one) (?:single )?(?:cent|penny|dime|pound|euro|dollar) more\b|\bnot (?:a|one) (?:single )?(?:cent|penny|dime|pound|euro|dollar) more\b/gi,
    soften: (span) =>
      span.replace(
        /(?:a|one) (?:single )?(cent|penny|dime|pound|euro|dollar) more$/i,
        'more than quoted',
      ),
  },
  {
    re: /\b(?:won't|will not)\s+let anything (?:get in the way|stop|delay)\b/gi,
    soften: (span) => span.replace(/^(?:won't|will not)/i, 'will do our best not to'),
  },
];

/** Totality and permanence: every deadline met, all problems solved, fixed for good, and the like. */
const EN_TOTAL: Shape[] = [
  {
    re: /\b(?:meet|hit|make)\s+(?:every|each|all)\s+(?:single\s+)?(?:deadline|milestone|target|date)s?\b/gi,
    soften: (span) => `aim to ${span}`,
  },
  {
    re: /\b(?:solve|fix|resolve|eliminate|end|remove|get rid of)\s+(?:all\s+(?:of\s+)?your|every(?: one of your| single)?)\s+(?:problems?|issues?|bugs?|errors?|complaints?|delays?|defects?|headaches?|worr(?:y|ies)|concerns?)\b/gi,
    soften: (span) => {
      const noun = /(\w+)$/
        .exec(span)![1]!
        .replace(/y$/, 'ie')
        .replace(/(?<!s)$/, 's');
      return `address ${/\byour\b/i.test(span) ? 'your' : 'the'} ${noun}`;
    },
  },
  {
    re: /\b(?:fixed|solved|resolved|gone|sorted)\s+(?:for good|once and for all|permanently)\b/gi,
    soften: (span) => span.replace(/\s+(?:for good|once and for all|permanently)$/i, ''),
  },
  {
    re: /\byou(?:'ll| will)\s+never\s+(?:have|see|face|get)\s+(?:another|any|this|that|a single)\s+(?:problem|issue|complaint|outage|delay)\b/gi,
    soften: should,
  },
  {
    re: /(?:^|(?<=[.!?]\s+|—\s*))(?:definitely|certainly|absolutely|100%)\s+(?=(?:by|before|on|within)\s+\w+)/gi,
    soften: () => '',
  },
  {
    re: /\b100\s?%\s+on\s+(?:time|schedule|budget)\b/gi,
    soften: (span) => span.replace(/^100\s?%\s+/, ''),
  },
  {
    re: /\byou(?:'re| are|'ll be| will be)\s+guaranteed\b/gi,
    soften: (span) => cap(span, 'you should see'),
  },
  {
    re: /\byou have nothing to worry about\b/gi,
    soften: (span) => cap(span, "you shouldn't have much to worry about"),
  },
  {
    re: /\b(?:will|'ll) always (?:deliver|answer|respond|reply|arrive|get (?:a|an) (?:answer|reply|response))\b|\b(?:always|every single time)\s+(?:works|delivers|arrives on time|gets it right)\b/gi,
    soften: (span) => span.replace(/\balways\b|\bevery single time\b/i, 'usually'),
  },
  {
    re: /\bnever miss(?:es)? a (?:deadline|delivery|date|shipment)\b|\bnever (?:fails|breaks down|lets you down)\b/gi,
    soften: (span) => span.replace(/^never/i, 'rarely'),
  },
  {
    re: /\b(?:will|'ll)\b[^.;!?]{0,40}\bwithout any (?:downtime|disruption|interruption|issues|problems|delays|hiccups|glitches)\b/gi,
    soften: (span) => span.replace(/without any/i, 'with minimal'),
  },
  {
    re: /\bwith (?:zero|no) (?:\w+ )?(?:downtime|disruption|interruption|issues|problems|delays?|hiccups|glitches|errors)(?: at all| whatsoever)?\b/gi,
    soften: (span) =>
      span.replace(/^with (?:zero|no) /i, 'with minimal ').replace(/ (?:at all|whatsoever)$/i, ''),
  },
  {
    re: /(?:\bwill|'ll)\s+be\s+(?:absolutely no|zero)\s+(?=\w)/gi,
    // "There will be zero downtime" → "There should be minimal downtime"; "there'll" keeps its "there".
    soften: (span) =>
      `${span.startsWith("'") ? ' ' : ''}should be ${/zero/i.test(span) ? 'minimal' : 'no'} `,
  },
  {
    re: /\b(?:you have )?(?:my|our) (?:personal )?guarantee\b/gi,
    soften: (span) => span.replace(/(?:personal )?guarantee$/i, 'commitment to do our best'),
  },
  {
    re: /\byou can be (?:absolutely |completely )?(?:sure|certain|confident)\b/gi,
    soften: (span) => cap(span, 'I expect'),
  },
  { re: /\b(?:that's|it's|this is) a promise\b/gi, soften: (span) => cap(span, "that's our plan") },
  { re: /\byou have (?:our|my) word\b/gi, soften: (span) => cap(span, "that's our plan") },
  {
    re: /\b(?:we|i)(?:'ll| will) not (?:let you down|miss (?:the|your|a) deadline|be late)\b|\b(?:we|i) won't (?:let you down|miss (?:the|your|a) deadline|be late)\b/gi,
    soften: (span) =>
      span.replace(/('ll| will) not| won't/i, (w) =>
        w.startsWith("'") ? "'ll do our best not to" : ' will do our best not to',
      ),
  },
  { re: /\bat all costs\b/gi, soften: () => 'as a priority' },
  {
    re: /\bnot (?:a|one) single (?:defect|bug|issue|problem|complaint|error|delay|glitch|\w+ will)\b/gi,
    soften: (span) =>
      cap(span, `very few ${/(\w+)(?: will)?$/.exec(span)![1]}s`) +
      (/ will$/i.test(span) ? ' will' : ''),
  },
  {
    re: /\bno (?:chance|risk) (?:of|that)\b/gi,
    soften: (span) => span.replace(/^no/i, (w) => cap(w, 'little')),
  },
  { re: /\ba (?:sure thing|done deal)\b/gi, soften: () => 'likely' },
  {
    re: /\bnothing (?:can|could|will) go wrong\b/gi,
    soften: (span) => cap(span, 'little should go wrong'),
  },
  {
    re: /\b(?:will|'ll) be (?:bulletproof|foolproof|rock-solid)\b/gi,
    soften: (span) => span.replace(/(?:bulletproof|foolproof|rock-solid)$/i, 'robust'),
  },
  {
    re: /\b(?:will|'ll) (?:double|triple|quadruple|skyrocket|soar)\b(?![\s-]*check)/gi,
    soften: should,
  },
  {
    re: /\b(?:we|i) can (?:do|handle|deliver|make|build|fix|solve|take care of) (?:absolutely )?(?:anything|everything|whatever)\b(?![^.;!?]*\b(?:but|except|within|as long as|provided)\b)/gi,
    soften: (span) =>
      span.replace(/(?:absolutely )?(anything|everything|whatever)$/i, (_w, what: string) =>
        /everything/i.test(what) ? 'most things' : 'most of what',
      ),
  },
  {
    re: /\bwill be the (?:best|fastest|smoothest|easiest) [^.;!?]{0,40}\bever\b/gi,
    soften: (span) =>
      span
        .replace(/^will be the (\w+) (\w+?)s?\b/i, 'should be one of the $1 $2s')
        .replace(/\s+ever$/i, ''),
  },
  {
    re: /\bguaranteed (?:delivery|results?|savings|approval|placement|rankings?|success|uptime|turnaround|returns?)\b/gi,
    soften: (span) => span.replace(/^guaranteed/i, 'expected'),
  },
  {
    re: /\b(?:you|we|it|this|they)(?:'re| are| is)\s+(?:sure|certain)\s+to\s+(?:love|like|enjoy|see|get|hit|meet|make|pass|win|be (?:happy|pleased|delighted|impressed|satisfied))\b/gi,
    soften: (span) => span.replace(/\b(?:sure|certain)\b/i, 'likely'),
  },
  {
    re: /\b(?:every single|each and every)\s+\w+(?:\s+\w+)?\s+(?:will|'ll)\b/gi,
    soften: (span) =>
      should(span.replace(/^(?:every single|each and every)/i, (w) => cap(w, 'every'))),
  },
  {
    re: /\byou(?:'ll| will)\s+(?:see|get|gain|save|enjoy)\s+(?:\w+\s+){0,3}?\d+\s?%|\byour\s+(?:\w+\s+){0,2}(?:will|'ll)\s+(?:increase|grow|rise|jump|improve|double|triple)\b[^.;!?]{0,20}?\d+\s?%|\b(?:will|'ll)\s+(?:be|rank|appear|land)\s+(?:on|at)\s+(?:the\s+)?(?:first page|top of (?:google|search)|number one|page one)\b/gi,
    soften: (span) =>
      span.replace(/\s*\bwill\b|'ll/i, (w) =>
        w.startsWith("'") ? ' could' : `${w.startsWith(' ') ? ' ' : ''}could`,
      ),
  },
  {
    re: /(?<!^\s*|\b(?:please|kindly|pls|you|to)\s+)\bmake sure (?:that )?(?:everything|it all|it|this|the \w+) (?:is|goes|runs|looks|turns out) (?:absolutely |completely )?(?:perfect(?:ly)?|flawless(?:ly)?)\b/gi,
    soften: (span) =>
      span.replace(/(?:absolutely |completely )?(?:perfect(?:ly)?|flawless(?:ly)?)$/i, (w) =>
        /ly$/i.test(w) ? 'smoothly' : 'right',
      ),
  },
  {
    re: /\b(?:will|'ll) (?:exceed|surpass|blow away) (?:all (?:of )?)?your expectations\b/gi,
    soften: (span) =>
      span.replace(
        /^(?:will|'ll) (?:exceed|surpass|blow away) (?:all (?:of )?)?your expectations$/i,
        (w) => `${w.startsWith("'") ? "'ll aim to" : 'will aim to'} meet your expectations`,
      ),
  },
  // Idioms of a sure result: "it will pay for itself", "approval is a formality", "it's in the bag".
  {
    re: /\b(?:will|'ll)\s+pay for (?:itself|themselves)\b/gi,
    soften: (span) =>
      span.replace(/^(?:will|'ll)/i, (w) => (w.startsWith("'") ? ' could' : 'could')),
  },
  {
    re: /\b(?:will|'ll) be blown away\b/gi,
    soften: (span) => `${span.startsWith("'") ? ' ' : ''}should be impressed`,
  },
  {
    re: /\b(?:(?:will be|'ll be)\s+(?:just |only |merely )?|(?:is|'s)\s+(?:just|only|merely)\s+)a (?:mere )?formality\b/gi,
    soften: (span) => `${span.startsWith("'") ? ' ' : ''}should be straightforward`,
  },
  {
    re: /\b(?:will|'ll)\s+sail through\b/gi,
    soften: (span) => `${span.startsWith("'") ? ' ' : ''}should get through`,
  },
  {
    re: /\b(?:it's|it is|that's|that is) in the bag\b/gi,
    soften: (span) => cap(span, 'it looks promising'),
  },
  {
    re: /\b(?:problems?|issues?|headaches?|worries|complaints)\s+will\s+(?:disappear|vanish|go away|be a thing of the past)\b/gi,
    soften: (span) => span.replace(/will\s+.*$/i, 'should ease'),
  },
  {
    re: /\b(?:everything|it all)\s+(?:will|'ll)\s+go\s+(?:smoothly|perfectly|(?:exactly )?(?:to|according to) plan)\b/gi,
    soften: (span) =>
      should(span).replace(
        /\s+(?:smoothly|perfectly|(?:exactly )?(?:to|according to) plan)$/i,
        ' smoothly',
      ),
  },
  {
    re: /\b(?:will|'ll) be (?:completely |totally |entirely )?(?:painless|effortless|stress-free)\b/gi,
    soften: (span) => `${span.startsWith("'") ? ' ' : ''}should be straightforward`,
  },
  {
    re: /\b(?:will|'ll) (?:completely |totally )?(?:transform|revolutioni[sz]e)\b/gi,
    soften: (span) =>
      span.replace(/^(?:will|'ll) (?:completely |totally )?/i, (w) =>
        w.startsWith("'") ? ' could ' : 'could ',
      ),
  },
  {
    re: /,\s*no problem(?: at all)?(?=\s*[.!]?\s*$)/gi,
    soften: () => ', as far as we can tell',
  },
  {
    re: /\bthe (?:best|lowest|cheapest) (?:price|rate|deal)s? (?:on the market|anywhere|in town|in the industry)\b/gi,
    soften: (span) => `a very competitive ${/(price|rate|deal)/i.exec(span)![1]}`,
  },
];

/** Flawless quality promised for a future result: "will be flawless", "running perfectly". */
const EN_FLAWLESS: Shape[] = [
  {
    re: /\b(?:will|'ll)\s+(?:be|run|go|look|work|come out)\s+(?:absolutely\s+|totally\s+|completely\s+)?(?:flawless(?:ly)?|perfect(?:ly)?|seamless(?:ly)?|spotless|impeccabl[ey])\b/gi,
    // "will be perfectly safe" loses the adverb; "will be flawless" turns smooth.
    soften: (span, after) =>
      /^\s+[a-z]/.test(after) && /ly$/i.test(span)
        ? span.replace(/\s+(?:absolutely\s+|totally\s+|completely\s+)?\w+ly$/i, '')
        : span.replace(
            /(absolutely\s+|totally\s+|completely\s+)?(flawless|perfect|seamless|spotless|impeccable|impeccably)(ly)?$/i,
            (_w, _a, b: string, ly) => (ly || /ly$/.test(b) ? 'smoothly' : 'smooth'),
          ),
  },
  {
    re: /\b(?:running|working|go(?:ing)? off|run)\s+(?:flawlessly|perfectly|seamlessly|without (?:a|any) (?:single )?(?:hitch|glitch))\b/gi,
    soften: (span) =>
      span.replace(
        /(?:flawlessly|perfectly|seamlessly|without (?:a|any) (?:single )?(?:hitch|glitch))$/i,
        'smoothly',
      ),
  },
  {
    re: /\bwithout (?:a|any) single (?:hitch|glitch|problem|issue|breakdown|failure|error|defect|complaint|delay|outage|bug|leak|fault)\b/gi,
    soften: (span) =>
      /hitch|glitch|problem|issue/i.test(span)
        ? 'smoothly'
        : `with very few ${/(\w+)$/.exec(span)![1]}s`,
  },
  {
    re: /\bevery (?:bug|issue|defect|problem|error) (?:squashed|fixed|resolved|gone|ironed out)\b/gi,
    soften: (span) =>
      span.replace(/^every (\w+)/i, (_w, n: string) => cap(span, `the known ${n}s`)),
  },
];

/** Hedges that take the absolute out of the whole sentence ("hopefully…, the rollout will be flawless"). */
const EN_HEDGE =
  /(?<!\b(?:in|by|of|early|mid|late|until|before|since|end of) )\bmay\b(?!\s+\d)|\b(should|might|hopefully|hope|aim|aiming|try|trying|expect|likely|probably|i think|i believe|we think|we believe|if all goes|assuming|everything we can|our best)\b/i;

/**
 * Negations and reports of the past or present ("it ran flawlessly last week", "there was no way to…",
 * "we cannot promise it will be perfect"): they take the absolute out of their own clause only, so
 * "Don't worry, the units will be there Monday, guaranteed" still assures.
 */
const EN_NEGATION = /\b(cannot|can't|won't be able|not)\b/i;
const EN_REPORT = /\b(was|were|ran|went|has been|have been|had|did|turned out)\b/i;

/** The clause around [start, end): between the nearest commas, semicolons, colons or dashes. */
function clauseAround(text: string, start: number, end: number): string {
  const from =
    Math.max(...[',', ';', ':', '—', '–'].map((p) => text.lastIndexOf(p, start - 1))) + 1;
  const stops = [',', ';', ':', '—', '–'].map((p) => text.indexOf(p, end)).filter((i) => i >= 0);
  return text.slice(from, stops.length ? Math.min(...stops) : text.length);
}

/** The clause a tag (", guaranteed") assures: the one right before it. */
function clauseBefore(text: string, start: number): string {
  const head = text.slice(0, start).replace(/[\s,;:—–-]+$/, '');
  return clauseAround(head, head.length, head.length);
}

const ZH_OUTCOME =
  /放一百个心|一百个放心|包在我身上|妥妥的|一(?:个|件|样|分|箱)(?:都|也)不(?:会)?(?:少|漏|差|错)|(?:绝对|肯定|一定)(?:能|会)?(?:办妥|搞定|到位|准时到|按时到)|包(?:过|您过|你过|您通过|你通过|您拿到|你拿到|您成功|你成功|成功|(?:您|你)?一次(?:性)?(?:过|通过|成功))|(?:绝对|肯定|百分之?百|100%)是(?:正品|原装|全新|真品|最低价|全网最低)|保质保量|(?<=[，,]\s*)(?:绝对|保证)?没有任何问题(?=[。！!]?\s*$)|万无一失|一分不少|分文不少|丝毫不差|一模一样|零(?:bug|BUG|Bug|故障|差错|失误|投诉|缺陷|风险)|(?:100%|百分百|百分之百)(?:送到|到货|到账|通过|成功|顺利|满意|解决|安全|保密|正品|准时|能|会|没问题)|(?:绝对|百分百|完全|尽管)放心|一定全部|(?:都|全)能全额|(?:就|只管)等(?:着)?好消息/g;

/** Chinese hedges, advice and reports of the past that take the absolute out (上次办得万无一失). */
const ZH_SOFT =
  /尽量|争取|尽力|可能|应该|大概|也许|希望|一般|通常|建议|请|如果|不一定|难以|无法|上次|上回|以前|去年|昨天|当时|上周|上个?月/;

export const overpromiseOutcome: Rule = {
  id: 'overpromise-outcome',
  kind: 'overpromise',
  severity: 'warning',
  cues: {
    en: /\b(rain or shine|cent more|penny more|dime more|pound more|euro more|dollar more|make sure|expectations|pay for|blown away|formality|sail through|in the bag|disappear|vanish|go away|thing of the past|go smoothly|go perfectly|to plan|painless|effortless|stress-free|transform|revolutioni[sz]e|no problem|never notice|know the difference|find a|again|promise|no matter|every|sure to|certain to|fails|breaks down|lets you down|cannot|can't|can never|nothing|disappointed|regret|let (you|anything)|excuses|doubt|ifs|zero|absolutely no|no \w+ at all|whatsoever|done deal|first page|top of|number one|page one|will be the best|(lowest|cheapest|best) (price|rate|deal)|with no|single|chance|risk|sure thing|go wrong|bulletproof|foolproof|rock-solid|double|triple|quadruple|skyrocket|soar|anything|everything|whatever|ever|can be (absolutely |completely )?(sure|certain|confident)|a promise|(our|my) word|let you down|miss (the|your|a) deadline|be late|at all costs|guaranteed|our (personal )?guarantee|period|full stop|always|never miss|without any|my (personal )?guarantee|(meet|hit|make) (every|each|all)|all (of )?your|for good|once and for all|permanently|definitely|certainly|absolutely|nothing to worry|guaranteed|no questions?|no exceptions|count on it|mark my words|bet my|bank|hands down|never|lifetime|forever|ever|zero chance|no way|flawless\w*|perfect\w*|seamless\w*|spotless|impeccabl\w|hitch|glitch|squashed)\b|\d\s?%/i,
    zh: /好消息|一次|是正品|是原装|是全新|是真品|最低|保质保量|没有任何问题|一百个|包在我|妥妥|都不|也不|办妥|搞定|到位|准时到|按时到|包|万无一失|一分不少|分文不少|丝毫不差|一模一样|零|100%|百分百|百分之百|放心|一定全部|全额/,
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
              (/放心$|一百个心$|好消息$/.test(m.text) || zhFirm(facts, m.start, true)) &&
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
    if (EN_HEDGE.test(text)) return [];
    // A ruled-out failure carries its own negation ("won't leak again"); so does "not a single".
    let plain = text.replace(/\bnot (a|one) single\b/gi, (w) => '_'.repeat(w.length));
    for (const shape of EN_RULED_OUT) plain = plain.replace(shape.re, (w) => '_'.repeat(w.length));
    const firm = (clause: string) => !EN_NEGATION.test(clause) && !EN_REPORT.test(clause);
    // Ruled out for the future, no report of the past takes it back; a negation in its clause does.
    const ruledOut = EN_RULED_OUT.flatMap((shape) => hits(shape, text)).filter(
      (h) => !EN_NEGATION.test(clauseAround(plain, h.start, h.end)),
    );
    const tags = hits(EN_TAG, text).filter(
      (h) =>
        predicts(facts, h) &&
        firm(clauseBefore(plain, h.start) || clauseAround(plain, h.end, h.end)),
    );
    const absolutes = [...EN_NEVER, ...EN_FLAWLESS, ...EN_TOTAL]
      .flatMap((shape) => hits(shape, text))
      .filter((h) => firm(clauseAround(plain, h.start, h.end)));
    return [...tags, ...ruledOut, ...absolutes].map((h) => finding(this, text, h));
  },
};

interface Hit {
  start: number;
  end: number;
  text: string;
  replacement: string;
}

function hits(shape: Shape, text: string): Hit[] {
  return matchesOf(shape.re, text)
    .filter((m) => m.end > m.start)
    .map((m) => ({ ...m, replacement: shape.soften(m.text, text.slice(m.end)) }));
}

function finding(rule: Rule, text: string, h: Hit) {
  return makeFinding(
    rule,
    text,
    h.start,
    h.end,
    `"${h.text.replace(/^[\s,;:—–-]+/, '').trim()}" promises an outcome nobody fully controls.`,
    [{ label: 'Say what you expect instead', replacement: h.replacement }],
  );
}

/** A tag assures something only beside a statement about the future. */
function predicts(facts: SentenceFacts, m: { start: number; end: number }): boolean {
  const rest = facts.text.slice(0, m.start) + facts.text.slice(m.end);
  return /\b(will|'ll|won't|going to|is|are)\b/i.test(rest);
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
    .replace(/^(都|全)能全额/, '按条款')
    .replace(/^(?:就|只管)等(?:着)?好消息$/, '等我们的消息')
    .replace(/^包(您|你)?一次(性)?(过|通过|成功)$/, (_w, who = '') => `尽力帮${who}一次通过`)
    .replace(/^(?:绝对|肯定|百分之?百|100%)是/, '是')
    .replace(/^保质保量$/, '按要求')
    .replace(/^(?:绝对|保证)?没有任何问题$/, '应该没有大问题');
}
