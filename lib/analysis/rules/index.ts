/**
 * The one ordered list of analysis rules. A rule's id is its file name; the registry test checks that
 * every file in this folder is listed here, has a test beside it and a description.
 */
import type { Rule } from '../types';
import { ledgerConflict } from './ledger-conflict';
import { missingDate } from './missing-date';
import { overpromiseAbsoluteScope } from './overpromise-absolute-scope';
import { overpromiseCertainty } from './overpromise-certainty';
import { overpromiseGuarantee } from './overpromise-guarantee';
import { overpromiseInstant } from './overpromise-instant';
import { overpromiseOutcome } from './overpromise-outcome';
import { pastDate } from './past-date';
import { userPhrase } from './user-phrase';
import { vagueDate } from './vague-date';

export const rules: readonly Rule[] = [
  overpromiseGuarantee,
  overpromiseCertainty,
  overpromiseAbsoluteScope,
  overpromiseInstant,
  overpromiseOutcome,
  userPhrase,
  missingDate,
  vagueDate,
  pastDate,
  ledgerConflict,
];
