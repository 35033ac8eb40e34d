/**
 * The repository: the only module that writes to Kept's database — record links, sample data and a
 * backup's import included (docs/ARCHITECTURE.md, "The parts"). Every write validates the record it
 * stores, appends history on every change of a goal or commitment, keeps contact emails unique and
 * lower-cased, and refuses a commitment without a client. `now` is always passed in. Reads are in
 * lib/db/queries.
 */
export {
  addContact,
  removeContact,
  updateContact,
  type ContactInput,
  type ContactPatch,
} from './contacts';
export {
  createClient,
  deleteClient,
  mergeClients,
  updateClient,
  type ClientInput,
  type DeletedCounts,
} from './clients';
export { logCommitment, type CommitmentInput } from './commitments';
export {
  completeCommitment,
  dropCommitment,
  reopenCommitment,
  rescheduleCommitment,
} from './commitment-changes';
export { createGoal, updateGoal, type GoalInput, type GoalPatch } from './goals';
export { updateSettings } from './settings';
export { deleteAllData, putBackupRecords } from './all-data';
export { loadSampleData } from './samples';
export { removeSampleData, type SampleRemoval } from './sample-removal';
export { linkRecord, unlinkRecord } from './record-links';
