import { z } from 'zod';

/** One record (or part of the file) that failed validation: where it is and why. */
export const importProblemSchema = z.strictObject({
  path: z.string(),
  reason: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

const countsSchema = z.strictObject({
  clients: z.number().int(),
  contacts: z.number().int(),
  goals: z.number().int(),
  commitments: z.number().int(),
  settings: z.number().int(),
  recordLinks: z.number().int(),
});
export type ImportCounts = z.infer<typeof countsSchema>;

/**
 * How an import ended, for the page to say in the user's language: `notBackup` (a file that is not a
 * Kept backup, with `looksLike` when its kind can be told), `newer` (made by a newer Kept),
 * `problems` (records that fail the rules), `ready` (a dry run that passed), `imported`, `refused`
 * (the database refused the write).
 */
export const importOutcomeSchema = z.enum([
  'notBackup',
  'newer',
  'problems',
  'ready',
  'imported',
  'refused',
]);
export type ImportOutcome = z.infer<typeof importOutcomeSchema>;

/** What a file that is not a Kept backup looks like, told from its first characters. */
export const fileKindSchema = z.enum(['csv', 'ical', 'html', 'xml', 'json', 'text', 'empty']);
export type FileKind = z.infer<typeof fileKindSchema>;

/** The dry-run (and final) report of an import. Nothing is written unless `valid` is true. */
export const importReportSchema = z.strictObject({
  outcome: importOutcomeSchema.optional(),
  looksLike: fileKindSchema.optional(),
  /** The file's schema version, when it could be read. */
  version: z.number().int().optional(),
  valid: z.boolean(),
  /** True only after the all-or-nothing write committed. */
  written: z.boolean(),
  /** One sentence for the user: what will happen, or why nothing will. */
  message: z.string(),
  counts: countsSchema,
  /** The first problems found (at most MAX_PROBLEMS); `problemCount` has the total. */
  problems: z.array(importProblemSchema),
  problemCount: z.number().int(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const MAX_PROBLEMS = 200;

/**
 * How far a long import is: records checked (the dry run, and the import's own check) or written,
 * of `total`. The background puts it in `storage.session` under IMPORT_PROGRESS_KEY as it works.
 */
export const importProgressSchema = z.strictObject({
  phase: z.enum(['checking', 'writing']),
  done: z.number().int(),
  total: z.number().int(),
});
export type ImportProgress = z.infer<typeof importProgressSchema>;

export const IMPORT_PROGRESS_KEY = 'kept:import-progress';

/**
 * What a file that failed to parse as JSON looks like: a CSV export, a calendar, a web page or XML,
 * broken JSON, other text, or nothing at all.
 */
export function sniffFileKind(text: string): FileKind {
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 2000);
  if (!head) return 'empty';
  if (/^BEGIN:VCALENDAR/i.test(head)) return 'ical';
  if (/^<!doctype html|^<html/i.test(head)) return 'html';
  if (head.startsWith('<')) return 'xml';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  const lines = head.split(/\r?\n/).filter((l) => l.trim());
  const columns = (line: string) => line.split(/[,;\t]/).length;
  if (lines.length > 0 && columns(lines[0]!) > 1 && lines.every((l) => columns(l) > 1))
    return 'csv';
  return 'text';
}
