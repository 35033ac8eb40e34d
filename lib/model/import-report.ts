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

/** The dry-run (and final) report of an import. Nothing is written unless `valid` is true. */
export const importReportSchema = z.strictObject({
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
