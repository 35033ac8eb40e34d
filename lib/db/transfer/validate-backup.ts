import {
  BACKUP_FORMAT,
  BACKUP_TABLE_NAMES,
  BACKUP_VERSION,
  backupHeaderSchema,
  backupKeys,
  backupTableSince,
  backupTables,
  type BackupTable,
} from './backup-format';
import {
  NO_EXISTING_KEYS,
  Problems,
  checkReferences,
  type ExistingKeys,
  type Records,
} from './backup-checks';
import {
  sniffFileKind,
  type FileKind,
  type ImportCounts,
  type ImportProgress,
  type ImportReport,
} from '../../model/import-report';

/** How often (in records) a long check reports its progress. */
export const PROGRESS_EVERY = 2_000;

const KIND_NAMES: Record<FileKind, string> = {
  csv: 'a CSV file',
  ical: 'a calendar file',
  html: 'a web page',
  xml: 'an XML file',
  json: 'broken JSON',
  text: 'plain text',
  empty: 'an empty file',
};

const emptyCounts = (): ImportCounts => ({
  clients: 0,
  contacts: 0,
  goals: 0,
  commitments: 0,
  settings: 0,
  recordLinks: 0,
});

function refused(
  problems: Problems,
  message: string,
  outcome: ImportReport['outcome'],
  extra: Partial<ImportReport> = {},
): { report: ImportReport } {
  const report: ImportReport = {
    outcome,
    ...extra,
    valid: false,
    written: false,
    message,
    counts: emptyCounts(),
    problems: problems.list,
    problemCount: problems.count,
  };
  return { report };
}

/** Version 1 files predate `completedAt`; derive it exactly as the version 2 Dexie upgrade does. */
function upgradeRecord(table: BackupTable, record: unknown, version: number): unknown {
  if (version >= 2 || table !== 'commitments' || typeof record !== 'object' || record === null)
    return record;
  const c = record as { completed?: unknown; completedAt?: unknown };
  return typeof c.completed === 'string' && c.completedAt === undefined
    ? { ...c, completedAt: Date.parse(c.completed) }
    : record;
}

/**
 * Checks a backup file without touching the database: the JSON, the header and version, every record
 * against its schema, duplicate ids (keys, for record links) and emails, and that every reference
 * points at a client or goal in the file or already stored. Returns the dry-run report, plus the
 * records when all of them passed.
 */
export function validateBackup(
  text: string,
  existing: ExistingKeys = NO_EXISTING_KEYS,
  onProgress?: (progress: ImportProgress) => void,
): { report: ImportReport; records?: Records } {
  const checked = checkRecords(text, onProgress);
  if (!('records' in checked)) return checked;
  return finish(checked, existing);
}

/** The records of a file that passed the schemas, before the references are checked. */
export interface CheckedRecords {
  version: number;
  records: Records;
  counts: ImportCounts;
  problems: Problems;
}

/**
 * The expensive half of validateBackup, independent of the database: the JSON, the header and
 * version, every record against its schema, duplicate keys.
 */
export function checkRecords(
  text: string,
  onProgress?: (progress: ImportProgress) => void,
): CheckedRecords | { report: ImportReport } {
  const problems = new Problems();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const looksLike = sniffFileKind(text);
    problems.add(
      '',
      `not JSON: ${error instanceof Error ? error.message.slice(0, 200) : 'unreadable'}`,
    );
    return refused(
      problems,
      `Nothing was imported: this is not a Kept backup: it looks like ${KIND_NAMES[looksLike]}.`,
      'notBackup',
      { looksLike },
    );
  }
  const header = backupHeaderSchema.safeParse(data);
  if (!header.success) {
    for (const issue of header.error.issues.slice(0, 10))
      problems.add(issue.path.join('.'), issue.message);
    return refused(
      problems,
      `Nothing was imported: this is not a Kept backup ("format": "${BACKUP_FORMAT}" missing).`,
      'notBackup',
      { looksLike: 'json' },
    );
  }
  const { version } = header.data;
  if (version > BACKUP_VERSION) {
    problems.add('version', `file version ${version} is newer than ${BACKUP_VERSION}`);
    return refused(
      problems,
      `Nothing was imported: this backup was made by a newer Kept (file version ${version}; this Kept reads up to ${BACKUP_VERSION}). Update Kept, then import again.`,
      'newer',
      { version },
    );
  }

  const file = data as Record<string, unknown>;
  const records = {
    clients: [],
    contacts: [],
    goals: [],
    commitments: [],
    settings: [],
    recordLinks: [],
  } as Records;
  const counts = emptyCounts();
  const total = BACKUP_TABLE_NAMES.reduce((sum, table) => {
    const rows = file[table];
    return sum + (Array.isArray(rows) ? rows.length : 0);
  }, 0);
  let done = 0;
  onProgress?.({ phase: 'checking', done, total });
  for (const table of BACKUP_TABLE_NAMES) {
    const since = backupTableSince[table];
    const optional = table === 'settings' || (since !== undefined && version < since);
    const rows = file[table] ?? (optional ? [] : undefined);
    if (!Array.isArray(rows)) {
      problems.add(table, rows === undefined ? 'missing' : 'expected a list');
      continue;
    }
    const seen = new Map<string, number>();
    rows.forEach((raw, i) => {
      if (++done % PROGRESS_EVERY === 0) onProgress?.({ phase: 'checking', done, total });
      const parsed = backupTables[table].safeParse(upgradeRecord(table, raw, version));
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          problems.add([`${table}[${i}]`, ...issue.path].join('.'), issue.message);
        return;
      }
      const field = backupKeys[table];
      const key = String((parsed.data as Record<string, unknown>)[field]);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.add(
          `${table}[${i}].${field}`,
          `duplicate ${field} ${key} (also ${table}[${first}])`,
        );
        return;
      }
      seen.set(key, i);
      (records[table] as unknown[]).push(parsed.data);
      counts[table] += 1;
    });
  }
  onProgress?.({ phase: 'checking', done: total, total });
  return { version, records, counts, problems };
}

/**
 * The cheap half: the references against the file and the database (`existing`), and the report.
 * Takes the problems of checkRecords as they are (it does not change them).
 */
export function finish(
  checked: CheckedRecords,
  existing: ExistingKeys,
): { report: ImportReport; records?: Records } {
  const { version, records, counts } = checked;
  const problems = new Problems();
  for (const p of checked.problems.list) problems.add(p.path, p.reason);
  problems.count = checked.problems.count;
  checkReferences(records, existing, problems);

  if (problems.count > 0)
    return {
      report: {
        outcome: 'problems',
        version,
        valid: false,
        written: false,
        message: `Nothing was imported: ${problems.count} problem${problems.count === 1 ? '' : 's'} found.`,
        counts,
        problems: problems.list,
        problemCount: problems.count,
      },
    };
  const message = `Ready to import ${counts.clients} clients, ${counts.contacts} contacts, ${counts.goals} goals, ${counts.commitments} commitments and ${counts.recordLinks} record links. Records with the same id (or record key) are replaced; nothing is deleted.`;
  return {
    report: {
      outcome: 'ready',
      version,
      valid: true,
      written: false,
      message,
      counts,
      problems: [],
      problemCount: 0,
    },
    records,
  };
}
