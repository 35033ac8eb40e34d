// Unit tests see a failing rule as a failed test: analyzers created without `onError` rethrow here,
// where the product logs and carries on.
import { rethrow, setDefaultErrorHandler } from '../../lib/analysis/analysis-errors';

setDefaultErrorHandler(rethrow);
