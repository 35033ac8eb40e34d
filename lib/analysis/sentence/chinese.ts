/**
 * Chinese clause structure: clauses split at commas and semicolons; each future marker (会, 将, 稍后,
 * 马上, 尽快…) gets its actor from the words before it, and its action from the words after.
 */
import type { Actor, Clause } from '../types';
import {
  ZH_CONDITION,
  ZH_HEDGE,
  ZH_MARKER,
  ZH_MISSION,
  ZH_NEGATION,
  ZH_PAST,
  ZH_RECIPIENT,
  ZH_REQUEST,
  ZH_SERVICE,
  ZH_STAFF,
  ZH_THING,
  ZH_THIRD,
  ZH_WRITER,
  maskPartners,
} from './lexicon-zh';
import { chineseUndertaking, undertakingClause } from './chinese-undertaking';
import { lastMatch } from './last-match';

const CLAUSE_SPLIT = /[,，;；:：~～]/g;
/** "为您了解到…": reporting what was found, not an undertaking. */
const REPORTED = /^(了解到|得知|获悉|查到|看到|收到|核实到|查询到)/;
const TAG_QUESTION = /(好吗|好不好|可以吗|行吗)[？?]?$/;

/** The clauses of a Chinese sentence that speak about a future action. */
export function chineseClauses(sentence: string): Clause[] {
  const out: Clause[] = [];
  const question = /[？?]\s*$/.test(sentence) && !TAG_QUESTION.test(sentence.trim());
  let start = 0;
  let lastActor: Actor = 'writer';
  const body = sentence.replace(/[\s.。!！?？]+$/, '').length;
  for (const m of [...sentence.matchAll(CLAUSE_SPLIT), null]) {
    const end = m ? m.index : body;
    const isLast = !m || sentence.slice(end + 1, body).trim() === '';
    const marked = analyseClause(sentence, start, end, lastActor, question && isLast);
    // A marker clause whose verb the service list lacks ("我帮您整理成表") may still hand something over.
    if (marked && !marked.deliverable && chineseUndertaking(sentence.slice(start, end), lastActor))
      marked.deliverable = true;
    const clause: Clause | null =
      marked ?? undertakingClause(sentence, start, end, lastActor, question && isLast);
    if (clause) {
      out.push(clause);
      lastActor = clause.actor;
    } else lastActor = actorAfter(sentence.slice(start, end), lastActor);
    start = end + 1;
  }
  return out;
}

function actorOf(prefix: string, inherited: Actor): { actor: Actor; at: number } {
  const writer = lastMatch(ZH_WRITER, prefix);
  const third = lastMatch(ZH_THIRD, maskPartners(prefix));
  // "按您说的", "根据您的要求": the reader inside a prepositional phrase is not who acts.
  const recipient = lastMatch(
    ZH_RECIPIENT,
    prefix.replace(/(按照?|照|根据|依照?|遵照)(您|你|亲)/g, '$1_'),
  );
  const found = [
    writer && { actor: 'writer' as Actor, at: writer.index },
    third && { actor: 'third' as Actor, at: third.index },
    recipient && { actor: 'recipient' as Actor, at: recipient.index },
  ].filter((x): x is { actor: Actor; at: number } => Boolean(x));
  const thing = ZH_THING.exec(prefix);
  if (thing) found.push({ actor: 'none', at: thing.index });
  if (found.length === 0)
    return { actor: inherited === 'recipient' ? 'writer' : inherited, at: -1 };
  return found.reduce((a, b) => (b.at > a.at ? b : a));
}

/** Who an elided subject in the next clause refers to, after a clause without a future marker. */
function actorAfter(text: string, previous: Actor): Actor {
  if (ZH_REQUEST.test(text.trim())) return 'recipient';
  const who = actorOf(text, previous);
  return who.at >= 0 && who.actor !== 'none' ? who.actor : previous;
}

function analyseClause(
  sentence: string,
  start: number,
  end: number,
  inherited: Actor,
  question: boolean,
): Clause | null {
  const text = sentence.slice(start, end);
  ZH_MARKER.lastIndex = 0;
  const marker = ZH_MARKER.exec(text);
  if (!marker) return null;
  const prefix = text.slice(0, marker.index);
  const who = actorOf(prefix, inherited);
  const actor: Actor = ZH_REQUEST.test(text.trim()) ? 'recipient' : who.actor;
  const afterMarker = text.slice(marker.index + marker[0].length);
  const verbOffset = afterMarker.search(
    /[^\s尽快马上立即立刻及时第一时间稍后一定定会将也再次都还就力量]/,
  );
  const actionStart = start + marker.index + marker[0].length + Math.max(0, verbOffset);
  const window = text.slice(marker.index, marker.index + 14);
  const mission =
    ZH_MISSION.test(afterMarker.slice(0, 6)) ||
    (ZH_MISSION.test(window) && !/您/.test(afterMarker.slice(0, 10)));
  const prediction =
    marker[0] === '会' && afterMarker.startsWith('有') && !ZH_STAFF.test(afterMarker);
  const clauseStart = start + (who.at >= 0 ? who.at : marker.index);
  const head = sentence.slice(0, start + marker.index);
  return {
    start: clauseStart,
    end,
    text: sentence.slice(clauseStart, end),
    actor,
    negated: ZH_NEGATION.test(text.slice(Math.max(0, marker.index - 2), marker.index + 3)),
    hedged: ZH_HEDGE.test(text),
    conditional:
      ZH_CONDITION.test(head) || /时(均|都)?$/.test(prefix) || /希望|^为了?|^以便/.test(prefix),
    question,
    pastOrPresentFact: ZH_PAST.test(prefix) || prefix.endsWith('了') || REPORTED.test(afterMarker),
    deliverable: !mission && !prediction && ZH_SERVICE.test(afterMarker.slice(0, 24)),
    action: sentence.slice(actionStart, end),
    actionStart,
    markerStart: start + marker.index,
  };
}

/** What the words around position `index` of a Chinese sentence say about who acts and how firmly. */
export function zhContextAt(
  sentence: string,
  index: number,
): Pick<Clause, 'actor' | 'negated' | 'hedged' | 'conditional' | 'question' | 'pastOrPresentFact'> {
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_SPLIT)) {
    if (m.index >= index) break;
    start = m.index + 1;
  }
  const prefix = sentence.slice(start, index);
  const around = sentence.slice(Math.max(start, index - 3), index + 4);
  const question = /[？?]\s*$/.test(sentence) && !TAG_QUESTION.test(sentence.trim());
  return {
    actor: ZH_REQUEST.test(prefix.trim()) ? 'recipient' : actorOf(prefix, 'writer').actor,
    negated: ZH_NEGATION.test(around) || /不一定|没有一定/.test(around),
    hedged: /尽量|争取|尽力|可能|应该|大概|也许|希望|考虑|尝试/.test(
      sentence.slice(start, index + 12),
    ),
    conditional: ZH_CONDITION.test(sentence.slice(0, index)),
    question,
    pastOrPresentFact: ZH_PAST.test(prefix.slice(-3)),
  };
}
