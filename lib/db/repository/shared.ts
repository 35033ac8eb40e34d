import type { z } from 'zod';
import { KeptError } from '../../model/errors';
import type { HistoryEntry } from '../../model/entities';

/** A new record id. Random rather than sequential so exported files from two browsers never collide. */
export const newId = (): string => crypto.randomUUID();

/** `now` (epoch ms, injected by the caller) as the ISO instant stored in records. */
export const isoAt = (now: number): string => new Date(now).toISOString();

/** A history entry stamped with `now`, leaving out empty optional parts. */
export function entry(
  now: number,
  change: HistoryEntry['change'],
  parts: { from?: string; to?: string; reason?: string } = {},
): HistoryEntry {
  const out: HistoryEntry = { at: isoAt(now), change };
  if (parts.from !== undefined) out.from = parts.from;
  if (parts.to !== undefined) out.to = parts.to;
  const reason = parts.reason?.trim();
  if (reason) out.reason = reason;
  return out;
}

/**
 * Checks a record against its schema right before it is written, so no path can store a record the
 * schema would reject (import and export rely on every stored record being valid).
 */
export function checked<S extends z.ZodType>(schema: S, record: z.input<S>): z.output<S> {
  const result = schema.safeParse(record);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new KeptError('invalid', `${issue.path.join('.') || 'record'}: ${issue.message}`);
  }
  return result.data;
}

/** The record, or a `not-found` error naming what was looked for. */
export function found<T>(record: T | undefined, what: string, id: string): T {
  if (record === undefined) throw new KeptError('not-found', `No ${what} with id ${id}.`);
  return record;
}

/** A reason the user must give (dropping, rescheduling): trimmed, and refused when empty. */
export function requiredReason(reason: string | undefined, action: string): string {
  const trimmed = reason?.trim();
  if (!trimmed) throw new KeptError('invalid', `Say why you ${action}.`);
  return trimmed;
}

/** A copy of `record` without `keys` (fields that a change clears, such as `completed` on reopen). */
export function without<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
}

/** Per-table counts of records a bulk change touched. */
export interface RecordCounts {
  clients: number;
  contacts: number;
  goals: number;
  commitments: number;
}
