/**
 * The stateful analyzer: splits the text into sentences, analyses each (cached per sentence text and
 * context), and re-bases sentence offsets onto the whole text. A one-character edit re-analyses only
 * the sentence it touched (ARCHITECTURE decision 2).
 */
import { contextKey, resolveContext } from './context';
import { Lru } from './lru';
import { rules } from './rules/index';
import { sentenceFacts } from './sentence/facts';
import { detectLang } from './sentence/lang';
import { splitSentences } from './text/segment';
import type {
  AnalysisContext,
  AnalysisResult,
  Commitment,
  Finding,
  Lang,
  ResolvedContext,
  SentenceFacts,
} from './types';

interface SentenceResult {
  findings: Finding[];
  commitments: Commitment[];
  /** Stage two was skipped (budget spent): do not cache. */
  provisional?: boolean;
}

export interface Analyzer {
  /** Analyses `text`; never throws (a failure yields an empty result). */
  analyze(text: string, context: AnalysisContext): AnalysisResult;
  /** Drops every cached sentence. */
  clear(): void;
}

export interface AnalyzerOptions {
  /** Sentences kept in the cache. */
  cacheSize?: number;
}

/** Creates an analyzer with its own sentence cache. */
export function createAnalyzer({ cacheSize = 4000 }: AnalyzerOptions = {}): Analyzer {
  const cache = new Lru<string, SentenceResult>(cacheSize);
  // The cache holds results for one context at a time (keys are then just sentence texts, cheap to
  // hash); a new minute, zone, ledger or settings starts it afresh.
  let cachedFor = '';
  return {
    analyze(text, context) {
      try {
        const ctx = resolveContext(context);
        if (!ctx || typeof text !== 'string' || text.length === 0)
          return { findings: [], commitments: [] };
        const key = contextKey(ctx);
        if (key !== cachedFor) {
          cache.clear();
          cachedFor = key;
        }
        return analyzeText(text, ctx, cache);
      } catch {
        return { findings: [], commitments: [] };
      }
    },
    clear: () => cache.clear(),
  };
}

/** A sentence without a letter or a Han character has nothing to analyse ("...", "---", "2.5"). */
const WORDS = /[A-Za-z\u4e00-\u9fff]/;

function analyzeText(
  text: string,
  ctx: ResolvedContext,
  cache: Lru<string, SentenceResult>,
): AnalysisResult {
  const findings: Finding[] = [];
  const commitments: Commitment[] = [];
  const budget = { deep: DEEP_PER_CALL };
  for (const s of splitSentences(text)) {
    if (!WORDS.test(s.text)) continue;
    let result = cache.get(s.text);
    if (!result) {
      result = analyzeSentence(s.text, ctx, budget);
      // A result that skipped stage two for want of budget is not cached, so a later, smaller call
      // (the user trimming a huge paste) confirms it properly.
      if (!result.provisional) cache.set(s.text, result);
    }
    for (const f of result.findings)
      findings.push({ ...f, start: f.start + s.start, end: f.end + s.start });
    for (const c of result.commitments)
      commitments.push({ ...c, start: c.start + s.start, end: c.end + s.start });
  }
  return { findings, commitments };
}

/**
 * Stage-two confirmations per call: a normal email needs a handful; a 1 MB paste would otherwise spend
 * most of its time in compromise. Beyond the budget the cheap pass's findings stand.
 */
const DEEP_PER_CALL = 100;

function analyzeSentence(
  original: string,
  ctx: ResolvedContext,
  budget: { deep: number },
): SentenceResult {
  // Curly apostrophes ("I’ll") are read as straight ones; both are one UTF-16 unit, so offsets hold.
  const text = original.replace(/[\u2018\u2019]/g, "'");
  const lang: Lang = ctx.lang === 'auto' ? detectLang(text) : ctx.lang;
  let facts = sentenceFacts(text, lang, ctx);
  if (!facts.candidate && ctx.settings.flag.length === 0) return { findings: [], commitments: [] };
  let findings = runRules(facts, ctx);
  // Stage two (ARCHITECTURE decision 2): an English overpromise found by the cheap pass is confirmed on
  // compromise's tagging, which is ~50x dearer, so only these sentences pay for it.
  let provisional = false;
  if (lang === 'en' && findings.some((f) => f.kind === 'overpromise' && f.rule !== 'user-phrase')) {
    if (budget.deep > 0) {
      budget.deep--;
      facts = sentenceFacts(text, lang, ctx, true);
      findings = runRules(facts, ctx);
    } else provisional = true;
  }
  return {
    provisional,
    findings: findings.map((f) => ({ ...f, text: original.slice(f.start, f.end) })),
    commitments: facts.commitments.map((c) => ({ ...c, text: original.slice(c.start, c.end) })),
  };
}

function runRules(facts: SentenceFacts, ctx: ResolvedContext): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (ctx.settings.disabled.includes(rule.id)) continue;
    try {
      for (const f of rule.check({ facts, ctx }))
        if (!allowed(f, facts.text, ctx)) findings.push(f);
    } catch {
      // One rule's failure must not cost the user the other rules' findings.
    }
  }
  return dedupe(findings);
}

/** Whether the user allowed a phrase that overlaps this finding. */
function allowed(f: Finding, sentence: string, ctx: ResolvedContext): boolean {
  const lower = sentence.toLowerCase();
  return ctx.settings.allow.some((phrase) => {
    const p = phrase.toLowerCase();
    for (let i = lower.indexOf(p); i >= 0; i = lower.indexOf(p, i + 1))
      if (i < f.end && i + p.length > f.start) return true;
    return false;
  });
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings
    .filter((f) => {
      const key = `${f.kind}:${f.start}:${f.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
