/**
 * Kept's analysis engine: `analyze(text, context)` → findings and commitments. Pure: no DOM, browser
 * APIs, storage or clock (docs/ARCHITECTURE.md, "Analysis is a pure library").
 */
import { createAnalyzer } from './analyzer';
import type { AnalysisContext, AnalysisResult } from './types';

export { createAnalyzer } from './analyzer';
export type { Analyzer, AnalyzerOptions } from './analyzer';
export { rethrow, setDefaultErrorHandler, warnAndContinue } from './analysis-errors';
export type { AnalysisErrorHandler, ErrorSite } from './analysis-errors';
export { rules } from './rules/index';
export type * from './types';

const shared = createAnalyzer();

/**
 * Finds overpromises and undated or vaguely dated commitments in the writer's new text, and extracts
 * the commitments. Offsets are UTF-16 indices into `text`. A failing rule is logged and skipped.
 */
export function analyze(text: string, context: AnalysisContext): AnalysisResult {
  return shared.analyze(text, context);
}
