/** Why a repository call refused: the caller can show these, and the router passes them on as typed errors. */
export type DomainErrorCode = 'not-found' | 'conflict' | 'invalid' | 'invalid-state';

/** An expected refusal (unknown client, duplicate email, …), as opposed to a bug. */
export class KeptError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'KeptError';
  }
}
