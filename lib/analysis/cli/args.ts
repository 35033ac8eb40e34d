/** Parses the checker's command line (`npm run --silent check -- [options] [FILE...]`). */
import type { Severity } from '../types';

export interface CheckOptions {
  files: string[];
  json: boolean;
  jsonl: boolean;
  now: string | undefined;
  timeZone: string | undefined;
  lang: 'auto' | 'en' | 'zh';
  failOn: Severity | 'none';
}

export const USAGE =
  'usage: check [--json | --jsonl] [--now ISO] [--tz ZONE] [--lang auto|en|zh] [--fail-on info|warning|error|none] [FILE...]';

/** The options, or an error message for a bad command line. */
export function parseArgs(argv: string[]): CheckOptions | { error: string } {
  const o: CheckOptions = {
    files: [],
    json: false,
    jsonl: false,
    now: undefined,
    timeZone: undefined,
    lang: 'auto',
    failOn: 'warning',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => argv[++i];
    if (a === '--json') o.json = true;
    else if (a === '--jsonl') o.jsonl = true;
    else if (a === '--now') o.now = value();
    else if (a === '--tz') o.timeZone = value();
    else if (a === '--lang') {
      const v = value();
      if (v !== 'auto' && v !== 'en' && v !== 'zh')
        return { error: `--lang must be auto, en or zh (got ${v})` };
      o.lang = v;
    } else if (a === '--fail-on') {
      const v = value();
      if (v !== 'info' && v !== 'warning' && v !== 'error' && v !== 'none')
        return { error: `--fail-on must be info, warning, error or none (got ${v})` };
      o.failOn = v;
    } else if (a === '--') continue;
    else if (a.startsWith('--')) return { error: `unknown option ${a}` };
    else o.files.push(a);
  }
  if (o.now !== undefined && Number.isNaN(new Date(o.now).getTime()))
    return { error: `--now is not a date: ${o.now}` };
  return o;
}
