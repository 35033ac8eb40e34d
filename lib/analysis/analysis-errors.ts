/**
 * What happens when a rule or a sentence's analysis throws. In the product a failure must cost the
 * user only that rule's findings, so the default logs it and the analysis goes on; in tests a broken
 * rule must fail loudly, so the test setup makes the default rethrow.
 */

/** Where an error happened: the rule that threw, or none for the analysis around the rules. */
export interface ErrorSite {
  rule?: string;
}

/** Receives an analysis error; throwing from it aborts the `analyze` call with that error. */
export type AnalysisErrorHandler = (error: unknown, site: ErrorSite) => void;

/** The product's handler: a warning naming the rule, then the other rules carry on. */
export const warnAndContinue: AnalysisErrorHandler = (error, { rule }) =>
  console.warn(`[Kept] ${rule ? `rule ${rule}` : 'analysis'} failed`, error);

/** The test setup's handler. */
export const rethrow: AnalysisErrorHandler = (error) => {
  throw error;
};

let fallback: AnalysisErrorHandler = warnAndContinue;

/** Sets the handler of analyzers created without `onError` (the unit-test setup sets `rethrow`). */
export function setDefaultErrorHandler(handler: AnalysisErrorHandler): void {
  fallback = handler;
}

/** A handler's rethrow on its way out of `analyze`: not reported a second time on the way. */
export class Reported {
  constructor(readonly error: unknown) {}
}

/** A reporter bound to `onError`, or to the default as it is when an error happens. */
export function reporter(
  onError?: AnalysisErrorHandler,
): (error: unknown, site: ErrorSite) => void {
  return (error, site) => {
    if (error instanceof Reported) throw error;
    try {
      (onError ?? fallback)(error, site);
    } catch (rethrown) {
      throw new Reported(rethrown);
    }
  };
}
