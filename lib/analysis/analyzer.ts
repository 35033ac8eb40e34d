/**
 * The stateful analyzer: splits the text into sentences, analyses each (cached per sentence text and
 * context), and re-bases sentence offsets onto the whole text. A one-character edit re-analyses only
 * the sentence it touched (docs/ARCHITECTURE.md, "Two stages, cached per sentence").
 */
import { reporter, Reported, type AnalysisErrorHandler, type ErrorSite } from './analysis-errors';
import { contextKey, resolveContext } from './context';
import { Lru } from './lru';
import { analyzeSentence, DEEP_PER_CALL, type SentenceResult } from './analyze-sentence';
import { splitSentences } from './text/segment';
import type {
  AnalysisContext,
  AnalysisResult,
  Commitment,
  Finding,
  ResolvedContext,
} from './types';

type Report = (error: unknown, site: ErrorSite) => void;

/** Analyses drafts, caching per sentence so that an edit re-analyses only what it touched. */
export interface Analyzer {
  /**
   * Analyses `text`. A rule or sentence that fails is reported to `onError` and skipped; `analyze`
   * throws only if `onError` does.
   */
  analyze(text: string, context: AnalysisContext): AnalysisResult;
  /** Drops every cached sentence. */
  clear(): void;
}

/** How an analyzer caches and reports failures. */
export interface AnalyzerOptions {
  /** Sentences kept in the cache. */
  cacheSize?: number;
  /**
   * Told about each failing rule (with its id) or sentence. Defaults to a console warning, after
   * which the other rules and sentences go on; the unit tests' default rethrows.
   */
  onError?: AnalysisErrorHandler;
}

/** A fresh empty result each time: callers may add to what they get. */
const empty = (): AnalysisResult => ({ findings: [], commitments: [] });

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
        if (!ctx || typeof text !== 'string' || text.length === 0) return empty();
        const key = contextKey(ctx);
        if (key !== cachedFor) {
          cache.clear();
          cachedFor = key;
        }
        return analyzeText(text, ctx, cache, report);
      } catch (error) {
        try {
          report(error, {});
          return empty();
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
