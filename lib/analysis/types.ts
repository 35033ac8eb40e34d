/** Public types of the analysis engine (docs/ARCHITECTURE.md, "Analysis is a pure library": a pure library). */

/** What a finding is about; more kinds may follow. */
export type FindingKind =
  'overpromise' | 'missing-date' | 'vague-date' | 'past-date' | 'ledger-conflict';

export type Severity = 'info' | 'warning' | 'error';

/** The language of a sentence; messages are written in it. */
export type Lang = 'en' | 'zh';

/** A replacement for a finding's span, applied only when the user clicks it. */
export interface Fix {
  label: string;
  replacement: string;
}

/** One warning, with UTF-16 offsets into the analysed text. */
export interface Finding {
  rule: string;
  kind: FindingKind;
  severity: Severity;
  start: number;
  end: number;
  text: string;
  message: string;
  fixes: Fix[];
}

export type DueKind = 'explicit' | 'vague' | 'none';

/** Something the writer's side undertook to do for the recipient. */
export interface Commitment {
  start: number;
  end: number;
  text: string;
  /** The undertaken action in a few words ("send the draft", "联系您"). */
  action: string;
  /** ISO date-time, or null when the time is vague or absent. */
  due: string | null;
  dueKind: DueKind;
}

/** A commitment already logged for the client (docs/ARCHITECTURE.md, "Analysis is a pure library": the ledger is passed in). */
export interface LedgerEntry {
  text: string;
  /** ISO date or date-time. */
  due: string | null;
}

/** The user's rule settings. */
export interface RuleSettings {
  /** Rule ids turned off. */
  disabled?: string[];
  /** Extra phrases the user wants flagged as overpromises. */
  flag?: string[];
  /** Phrases the user allows: findings whose span contains one are dropped. */
  allow?: string[];
  /** Severity chosen per rule id (Options → Rules); a rule not named keeps its own. */
  severity?: Record<string, Severity>;
}

/** Everything `analyze` needs besides the text. */
export interface AnalysisContext {
  /** The moment of writing; required so results never depend on the clock. */
  now: Date | string;
  /** IANA zone; defaults to the runtime's. */
  timeZone?: string;
  lang?: 'auto' | Lang;
  ledger?: LedgerEntry[];
  settings?: RuleSettings;
}

export interface AnalysisResult {
  findings: Finding[];
  commitments: Commitment[];
}

/** `AnalysisContext` with defaults applied and `now` parsed. */
export interface ResolvedContext {
  now: Date;
  timeZone: string;
  lang: 'auto' | Lang;
  ledger: LedgerEntry[];
  settings: Required<RuleSettings>;
}

/** Per-sentence facts shared by the rules, computed once and cached with the sentence. */
export interface SentenceFacts {
  lang: Lang;
  /** The sentence text (offsets in findings are relative to it). */
  text: string;
  isQuestion: boolean;
  /** The cheap pass found a cue; without one the rules have nothing to act on. */
  candidate: boolean;
  /** Commitments made in this sentence, offsets relative to the sentence. */
  commitments: Commitment[];
  /** Date expressions in the sentence, offsets relative to the sentence. */
  dates: SentenceDate[];
  /** Clause-level structure of each writer-side future statement (see sentence/english.ts, sentence/chinese.ts). */
  clauses: Clause[];
}

/** A date expression found in a sentence. */
export interface SentenceDate {
  start: number;
  end: number;
  text: string;
  kind: 'explicit' | 'vague';
  due: string | null;
}

/** Who acts in a clause. */
export type Actor = 'writer' | 'recipient' | 'third' | 'none';

/** A clause, as far as the rules need to know it. */
export interface Clause {
  start: number;
  end: number;
  text: string;
  actor: Actor;
  negated: boolean;
  hedged: boolean;
  /** Waits on the recipient ("if you want", "let me know if", 如需). */
  conditional: boolean;
  question: boolean;
  /** Reports the past or states a present fact ("was absolutely right"). */
  pastOrPresentFact: boolean;
  /** Delivers something to the recipient (not "I will be out", "我们会不断完善"). */
  deliverable: boolean;
  /** The undertaken action ("send the draft"), and where it starts in the sentence. */
  action: string;
  actionStart: number;
  /** Start of the future marker (will, 'll, 会, 将, 马上…). */
  markerStart: number;
}

/** What a rule sees: one sentence, its facts and the context. */
export interface RuleInput {
  facts: SentenceFacts;
  ctx: ResolvedContext;
}

/**
 * An example sentence for the registry test and the docs; a rule that needs more than the text (the
 * client's ledger, the user's phrases) gives that context with it.
 */
export type RuleExample =
  string | { text: string; ledger?: LedgerEntry[]; settings?: RuleSettings };

/** One analysis rule (one file in rules/, id = file name). */
export interface Rule {
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** What the rule catches and why, for the options page and the README. */
  description: string;
  /**
   * Words without which the rule cannot fire, per language it covers: the cheap first pass (docs/ARCHITECTURE.md, "Two stages, cached per sentence")
   * is the union of every rule's cues and the commitment extractor's. A language left out is one the
   * rule does not cover; a rule driven by the user's settings alone declares none.
   */
  cues: Partial<Record<Lang, RegExp>>;
  /** `flags` must each yield a finding of this rule through the analyzer; `ignores` none. */
  examples: { flags: RuleExample[]; ignores: RuleExample[] };
  /** Returns findings with offsets relative to the sentence. */
  check(input: RuleInput): Finding[];
}
