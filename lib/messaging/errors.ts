import { z } from 'zod';
import { KeptError } from '../model/errors';

/** Every way a message can fail; the caller switches on `code`, and shows `message`. */
export const errorCodeSchema = z.enum([
  'forbidden',
  'bad-request',
  'unknown-verb',
  'not-found',
  'conflict',
  'invalid',
  'invalid-state',
  'internal',
  'unavailable',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const messageErrorSchema = z.strictObject({
  code: errorCodeSchema,
  message: z.string(),
});
export type MessageError = z.infer<typeof messageErrorSchema>;

/** A reply: the data, or a typed error (never a thrown string). */
export type Result<T> = { ok: true; data: T } | { ok: false; error: MessageError };

/** The envelope every reply travels in; its `data` is checked separately against the verb's schema. */
export const replyEnvelopeSchema = z.union([
  z.strictObject({ ok: z.literal(true), data: z.unknown() }),
  z.strictObject({ ok: z.literal(false), error: messageErrorSchema }),
]);

/** A failed result. */
export const fail = (code: ErrorCode, message: string): { ok: false; error: MessageError } => ({
  ok: false,
  error: { code, message },
});

/** Maps anything a handler threw to a typed error; only KeptErrors keep their message. */
export function toMessageError(error: unknown): MessageError {
  if (error instanceof KeptError) return { code: error.code, message: error.message };
  if (error instanceof Error && error.name === 'ConstraintError')
    return { code: 'conflict', message: 'That record already exists.' };
  return { code: 'internal', message: 'Something went wrong in Kept; nothing was changed.' };
}
