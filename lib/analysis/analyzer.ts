/**
 * The stateful analyzer: splits the text into sentences, analyses each (cached per sentence text and
 * context), and re-bases sentence offsets onto the whole text. A one-character edit re-analyses only
 * the sentence it touched (ARCHITECTURE decision 2).
 */
import { reporter, Reported, type AnalysisErrorHandler, type ErrorSite } from './analysis-errors';
import { contextKey, resolveContext } from './context';
import { Lru } from './lru';
import { runRules } from './run-rules';
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
} from './types';

type Report = (error: unknown, site: ErrorSite) => void;

interface SentenceResult {
  findings: Finding[];
  commitments: Commitment[];
  /** Stage two was skipped (budget spent): do not cache. */
  provisional?: boolean;
}

export interface Analyzer {
  /**
   * Analyses `text`. A rule or sentence that fails is reported to `onError` and skipped; `analyze`
   * throws only if `onError` does.
   */
  analyze(text: string, context: AnalysisContext): AnalysisResult;
  /** Drops every cached sentence. */
  clear(): void;
}

export interface AnalyzerOptions {
  /** Sentences kept in the cache. */
  cacheSize?: number;
  /**
   * Told about each failing rule (with its id) or sentence. Defaults to a console warning, after
   * which the other rules and sentences go on; the unit tests' default rethrows.
   */
  onError?: AnalysisErrorHandler;
}

const EMPTY: AnalysisResult = { findings: [], commitments: [] };

/** Creates an analyzer with its own sentence cache. */
export function createAnalyzer({ cacheSize = 4000, onError }: AnalyzerOptions = {}): Analyzer {
  const cache = new Lru<string, SentenceResult>(cacheSize);
  const report = reporter(onError);
  // The cache holds results for one context at a time (keys are then just sentence texts, cheap to
  // hash); a new minute, zone, ledger or settings starts it afresh.
  let cachedFor = '';
  return {
    analyze(text, context) {
      try {
        const ctx = resolveContext(context);
        if (!ctx || typeof text !== 'string' || text.length === 0) return EMPTY;
        const key = contextKey(ctx);
        if (key !== cachedFor) {
          cache.clear();
          cachedFor = key;
        }
        return analyzeText(text, ctx, cache, report);
      } catch (error) {
        try {
          report(error, {});
          return EMPTY;
        } catch (reported) {
          // The handler chose to rethrow (tests do): the caller gets the original error.
          throw (reported as Reported).error;
        }
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
  report: Report,
): AnalysisResult {
  const findings: Finding[] = [];
  const commitments: Commitment[] = [];
  const budget = { deep: DEEP_PER_CALL };
  const severity = ctx.settings.severity;
  for (const s of splitSentences(text)) {
    if (!WORDS.test(s.text)) continue;
    let result = cache.get(s.text);
    if (!result) {
      try {
        result = analyzeSentence(s.text, ctx, budget, report);
      } catch (error) {
        // One sentence the engine cannot read must not cost the user the rest of the message.
        report(error, {});
        continue;
      }
      // A result that skipped stage two for want of budget is not cached, so a later, smaller call
      // (the user trimming a huge paste) confirms it properly.
      if (!result.provisional) cache.set(s.text, result);
    }
    // The chosen severity is applied after the cache, so changing it costs no re-analysis.
    for (const f of result.findings)
      findings.push({
        ...f,
        severity: severity[f.rule] ?? f.severity,
        start: f.start + s.start,
        end: f.end + s.start,
      });
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
  report: Report,
): SentenceResult {
  // Curly apostrophes ("I’ll") are read as straight ones; both are one UTF-16 unit, so offsets hold.
  const text = original.replace(/[\u2018\u2019]/g, "'");
  const lang: Lang = ctx.lang === 'auto' ? detectLang(text) : ctx.lang;
  let facts = sentenceFacts(text, lang, ctx);
  if (!facts.candidate && ctx.settings.flag.length === 0) return { findings: [], commitments: [] };
  let findings = runRules(facts, ctx, report);
  // Stage two (ARCHITECTURE decision 2): an English overpromise found by the cheap pass is confirmed on
  // compromise's tagging, which is ~50x dearer, so only these sentences pay for it.
  let provisional = false;
  if (lang === 'en' && findings.some((f) => f.kind === 'overpromise' && f.rule !== 'user-phrase')) {
    if (budget.deep > 0) {
      budget.deep--;
      facts = sentenceFacts(text, lang, ctx, true);
      findings = runRules(facts, ctx, report);
    } else provisional = true;
  }
  return {
    provisional,
    findings: findings.map((f) => ({ ...f, text: original.slice(f.start, f.end) })),
    commitments: facts.commitments.map((c) => ({ ...c, text: original.slice(c.start, c.end) })),
  };
}
