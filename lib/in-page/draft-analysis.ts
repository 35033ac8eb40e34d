import {
  createAnalyzer,
  type Commitment,
  type Finding,
  type LedgerEntry,
  type RuleSettings,
} from '../analysis';
import type { EditorSurface } from '../dom/editor-surface';

/** A finding tied to the live DOM range it covers (ranges follow edits until the next analysis). */
export interface LiveFinding {
  finding: Finding;
  range: Range;
}

/** The analysis of a draft at one moment. */
export interface DraftAnalysis {
  text: string;
  findings: LiveFinding[];
  commitments: Commitment[];
}

export const EMPTY_ANALYSIS: DraftAnalysis = { text: '', findings: [], commitments: [] };

/** What besides the text the analysis of a draft depends on. */
export interface DraftContext {
  ledger: LedgerEntry[];
  settings: RuleSettings;
  /** Findings the user chose to "ignore here", by `ignoreKey`. */
  ignored: ReadonlySet<string>;
}

// One analyzer for the page: its sentence cache is shared by every composer, and a keystroke
// re-analyses only the sentence it changed (docs/ARCHITECTURE.md, "Two stages, cached per sentence").
const analyzer = createAnalyzer();
const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The key under which "ignore here" remembers a finding: the same rule on the same words. */
export const ignoreKey = (finding: Finding): string => `${finding.rule}\u0000${finding.text}`;

/** Reads the editor and analyses its text; findings come back with live ranges. */
export function analyzeDraft(surface: EditorSurface, context: DraftContext): DraftAnalysis {
  const snapshot = surface.read();
  const result = analyzer.analyze(snapshot.text, {
    now: new Date(),
    timeZone,
    ledger: context.ledger,
    settings: context.settings,
  });
  const findings: LiveFinding[] = [];
  for (const finding of result.findings) {
    if (context.ignored.has(ignoreKey(finding))) continue;
    const range = snapshot.range(finding.start, finding.end);
    if (range) findings.push({ finding, range });
  }
  return { text: snapshot.text, findings, commitments: result.commitments };
}
