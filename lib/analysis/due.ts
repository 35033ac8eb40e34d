/** The one place the engine reaches the date module, so its API is used the same way everywhere. */
export { findDueDates, formatDue, hasDateCue, suggestDueDates } from './dates/index';
