/**
 * The checker's logic, with its input and output injected so tests can drive it: lints each input like
 * a linter (`file:line:col severity rule message`), or prints JSON / JSON lines.
 */
import type { Analyzer } from '../analyzer';
import type { AnalysisContext, AnalysisResult, Finding, Severity } from '../types';
import type { CheckOptions } from './args';

export interface CheckIo {
  /** Reads a file, or stdin for '-'. Throws on failure. */
  read(name: string): string;
  out(line: string): void;
  err(line: string): void;
  /** The moment used when --now is not given (the CLI's only clock). */
  now(): Date;
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Line and column (1-based, UTF-16 columns) of an offset. */
export function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/** Runs the checker; returns the exit code (0 clean, 1 a finding reached --fail-on, 2 bad input). */
export function runCheck(o: CheckOptions, analyzer: Analyzer, io: CheckIo): number {
  const context: AnalysisContext = { now: o.now ?? io.now(), timeZone: o.timeZone, lang: o.lang };
  let failed = false;
  let badInput = false;
  const reaches = (f: Finding): boolean =>
    o.failOn !== 'none' && RANK[f.severity] >= RANK[o.failOn];
  const names = o.files.length > 0 ? o.files : ['-'];
  for (const name of names) {
    let text: string;
    try {
      text = io.read(name);
    } catch (error) {
      io.err(
        `check: cannot read ${name === '-' ? 'stdin' : name}: ${error instanceof Error ? error.message : String(error)}`,
      );
      badInput = true;
      continue;
    }
    if (o.jsonl) {
      badInput =
        runJsonl(name, text, analyzer, context, io, (r) => (failed ||= r.findings.some(reaches))) ||
        badInput;
      continue;
    }
    const result = analyzer.analyze(text, context);
    failed ||= result.findings.some(reaches);
    if (o.json) io.out(JSON.stringify(names.length > 1 ? { file: name, ...result } : result));
    else
      for (const f of result.findings) {
        const { line, col } = lineCol(text, f.start);
        io.out(
          `${name === '-' ? '<stdin>' : name}:${line}:${col} ${f.severity} ${f.rule} ${f.message}`,
        );
      }
  }
  return badInput ? 2 : failed ? 1 : 0;
}

/** `{"id","text"}` per line in, `{"id","findings","commitments"}` per line out, in order. */
function runJsonl(
  name: string,
  text: string,
  analyzer: Analyzer,
  context: AnalysisContext,
  io: CheckIo,
  onResult: (r: AnalysisResult) => void,
): boolean {
  let bad = false;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let item: { id?: unknown; text?: unknown };
    try {
      item = JSON.parse(line) as { id?: unknown; text?: unknown };
    } catch {
      io.err(`check: ${name === '-' ? 'stdin' : name}:${i + 1}: invalid JSON line`);
      bad = true;
      return;
    }
    if (typeof item?.text !== 'string') {
      io.err(`check: ${name === '-' ? 'stdin' : name}:${i + 1}: no "text" string`);
      bad = true;
      return;
    }
    const result = analyzer.analyze(item.text, context);
    onResult(result);
    io.out(
      JSON.stringify({
        id: item.id ?? null,
        findings: result.findings,
        commitments: result.commitments,
      }),
    );
  });
  return bad;
}
